package dev.newswatch.ingest.parse;

/**
 * A document that cannot be read as a feed: empty, not XML, or XML whose root is not a feed
 * ({@code "not a feed: root element <html>"}). The message says why and, when known, which document.
 *
 * <p>Permanent for the bytes at hand: parsing the same body again fails the same way.
 */
public class FeedParseException extends Exception {

    private static final long serialVersionUID = 1L;

    /** A failure explained by {@code message}. */
    public FeedParseException(String message) {
        super(message);
    }

    /** A failure explained by {@code message}, caused by {@code cause}. */
    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}

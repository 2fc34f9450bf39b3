package dev.newswatch.ingest.parse;

import com.rometools.rome.io.FeedException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RSS 0.9x/1.0/2.0, RSS 1.1, Atom 0.3/1.0, CDF and JSON Feed 1.0/1.1 documents into {@link ParsedFeed}
 * values.
 *
 * <p>A document whose first character is '{' is read as a JSON Feed ({@link JsonFeedReader}).
 * <p>ROME reads the document first, with its defaults: any DOCTYPE is rejected, and external entities
 * and DTDs are never loaded. When ROME fails (not well-formed XML, a DOCTYPE, an unknown namespace) or
 * finds no item, a tolerant jsoup XML reading takes over; when ROME's items lack a link, any text or any
 * date, the tolerant reading of the same elements fills those gaps. jsoup expands no entity at all, so
 * neither reader ever touches the network or the file system, and a "billion laughs" document stays small.
 * Relative links are resolved against {@code baseUri}, or against the feed's own link when it is absolute.
 *
 * <p>Stateless and thread-safe: one instance can serve every fetcher thread.
 */
public final class FeedParser {

    private static final Logger LOG = LoggerFactory.getLogger(FeedParser.class);

    /** A parser; it holds no state, so one instance can serve every thread. */
    public FeedParser() {
        // Nothing to configure: ROME and jsoup parsers are created per document.
    }

    /**
     * Parses one fetched document.
     *
     * @param body        the bytes as received (decompressed); null or empty is not a feed
     * @param contentType the HTTP {@code Content-Type}, may be null; its charset, if any, decides the encoding
     * @param baseUri     the URI the document was fetched from, may be null; used to resolve relative links
     * @return the feed, never null; its items may be empty
     * @throws FeedParseException when the document is empty, not XML, or not a feed; the message says
     *                            which (callers add the feed URL)
     */
    public ParsedFeed parse(byte[] body, String contentType, URI baseUri) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty document");
        }
        String text = FeedDecoder.decode(body, contentType);
        if (text.isBlank()) {
            throw new FeedParseException("empty document");
        }
        if (JsonFeedReader.looksLikeJson(text)) {
            return JsonFeedReader.read(text, baseUri);
        }
        ParsedFeed strict = readStrict(text, baseUri);
        if (strict != null && !strict.items().isEmpty()) {
            return strict.items().stream().anyMatch(FeedParser::hasGaps) ? fillGaps(strict, text, baseUri) : strict;
        }
        try {
            ParsedFeed tolerant = TolerantFeedReader.read(text, baseUri);
            return strict != null && tolerant.items().isEmpty() ? strict : tolerant;
        } catch (FeedParseException e) {
            if (strict != null) {
                return strict;
            }
            throw e;
        } catch (RuntimeException e) {
            if (strict != null) {
                return strict;
            }
            throw new FeedParseException("unreadable feed: " + e, e);
        }
    }

    /** True when an item lacks an identity, any text or any date: the tolerant reading may have them. */
    private static boolean hasGaps(ParsedItem item) {
        return (item.link() == null && item.guid() == null)
                || (item.title() == null && item.descriptionHtml() == null && item.contentHtml() == null)
                || (item.published() == null && item.updated() == null);
    }

    /**
     * Completes ROME's items with what the tolerant reader found in the same elements: ROME ignores some
     * constructs (an Atom link written as text, {@code <xhtml:body>}, dates in forms it does not know). The
     * two readings are paired by position, and only when both found the same number of items.
     */
    private static ParsedFeed fillGaps(ParsedFeed strict, String text, URI baseUri) {
        ParsedFeed tolerant;
        try {
            tolerant = TolerantFeedReader.read(text, baseUri);
        } catch (FeedParseException | RuntimeException e) {
            return strict;
        }
        if (tolerant.items().size() != strict.items().size()) {
            return strict;
        }
        List<ParsedItem> items = new ArrayList<>(strict.items().size());
        for (int i = 0; i < strict.items().size(); i++) {
            items.add(fill(strict.items().get(i), tolerant.items().get(i)));
        }
        return new ParsedFeed(strict.title(), strict.link(), strict.language(), strict.ttl(), items, false);
    }

    private static ParsedItem fill(ParsedItem primary, ParsedItem secondary) {
        return new ParsedItem(
                orElse(primary.guid(), secondary.guid()),
                orElse(primary.link(), secondary.link()),
                orElse(primary.title(), secondary.title()),
                orElse(primary.descriptionHtml(), secondary.descriptionHtml()),
                orElse(primary.contentHtml(), secondary.contentHtml()),
                orElse(primary.published(), secondary.published()),
                orElse(primary.updated(), secondary.updated()),
                primary.authors().isEmpty() ? secondary.authors() : primary.authors(),
                primary.categories().isEmpty() ? secondary.categories() : primary.categories());
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static ParsedFeed readStrict(String text, URI baseUri) {
        try {
            return RomeFeedReader.read(text, baseUri);
        } catch (FeedException | RuntimeException e) {
            // ROME signals unknown roots with IllegalArgumentException and some odd documents with other
            // runtime exceptions; all of them mean "let the tolerant reader try".
            LOG.debug("ROME could not read the feed at {}, trying the tolerant reader: {}", baseUri, e.toString());
            return null;
        }
    }
}

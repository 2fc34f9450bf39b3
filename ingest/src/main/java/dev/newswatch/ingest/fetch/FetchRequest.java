package dev.newswatch.ingest.fetch;

import java.net.URI;
import java.util.Objects;

/**
 * One feed fetch to perform: the URL and the validators remembered from the last successful fetch.
 *
 * <p>{@code etag} and {@code lastModified} may be null (a blank value counts as null); when given they are
 * sent as {@code If-None-Match} and {@code If-Modified-Since}. Immutable.
 *
 * @param uri the absolute {@code http}, {@code https} or {@code file} URL to fetch, never null
 * @param etag the entity tag of the last response, sent verbatim, or null
 * @param lastModified the {@code Last-Modified} value of the last response, sent verbatim, or null
 */
public record FetchRequest(URI uri, String etag, String lastModified) {

    /** Checks that the URL is absolute and that the validators fit in a header. */
    public FetchRequest {
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute()) {
            throw new IllegalArgumentException("feed URL must be absolute: " + uri);
        }
        etag = headerValue("etag", etag);
        lastModified = headerValue("lastModified", lastModified);
    }

    /** An unconditional request for {@code uri}. */
    public static FetchRequest of(URI uri) {
        return new FetchRequest(uri, null, null);
    }

    private static String headerValue(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7f) {
                throw new IllegalArgumentException(name + " must not contain control characters: " + value);
            }
        }
        return stripped;
    }
}

package dev.newswatch.ingest.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one {@link FeedFetcher#fetch(FetchRequest)}: {@link Fetched} with a body,
 * {@link NotModified} when the validators still match, or {@link Failed} with a one-line reason. Branch
 * with {@code instanceof} patterns. All variants are immutable values.
 */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

    /** Wall time of the whole fetch, redirects included, as measured with the fetcher's clock. */
    Duration latency();

    /**
     * A 2xx response with its decompressed body.
     *
     * @param finalUri the URL that answered, after redirects; never null
     * @param status the HTTP status, 200 to 299 (200 for a file)
     * @param body the decompressed body, never null; owned by this result and not copied, so do not modify it
     * @param contentType the {@code Content-Type} header, or null
     * @param etag the {@code ETag} to send next time, or null
     * @param lastModified the {@code Last-Modified} to send next time, or null
     * @param cacheMaxAge the {@code Cache-Control: max-age}, or null when the server gave none
     * @param latency the time the fetch took, never null
     * @param links the values of the {@code Link} response headers (WebSub discovery), never null
     */
    record Fetched(
            URI finalUri,
            int status,
            byte[] body,
            String contentType,
            String etag,
            String lastModified,
            Duration cacheMaxAge,
            Duration latency,
            List<String> links) implements FetchResult {

        /** Checks the required values. */
        public Fetched {
            links = links == null ? List.of() : List.copyOf(links);
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(latency, "latency");
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("a fetched result needs a 2xx status: " + status);
            }
        }

        /** A result without {@code Link} headers. */
        public Fetched(URI finalUri, int status, byte[] body, String contentType, String etag, String lastModified,
                       Duration cacheMaxAge, Duration latency) {
            this(finalUri, status, body, contentType, etag, lastModified, cacheMaxAge, latency, List.of());
        }

        /** Shows the body length, not its bytes. */
        @Override
        public String toString() {
            return "Fetched[finalUri=" + finalUri + ", status=" + status + ", body=" + body.length + " bytes"
                    + ", contentType=" + contentType + ", etag=" + etag + ", lastModified=" + lastModified
                    + ", cacheMaxAge=" + cacheMaxAge + ", latency=" + latency + "]";
        }
    }

    /**
     * The feed has not changed since the validators were issued (HTTP 304, or a file whose modification
     * time matches).
     *
     * @param finalUri the URL that answered, after redirects; never null
     * @param etag the ETag of the 304, or the one sent when the 304 omitted it; may be null
     * @param lastModified the Last-Modified of the 304, or the one sent when the 304 omitted it; may be null
     * @param cacheMaxAge the {@code Cache-Control: max-age}, or null
     * @param latency the time the fetch took, never null
     */
    record NotModified(URI finalUri, String etag, String lastModified, Duration cacheMaxAge, Duration latency)
            implements FetchResult {

        /** Checks the required values. */
        public NotModified {
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(latency, "latency");
        }
    }

    /**
     * The fetch failed.
     *
     * @param uri the URL whose fetch failed: the last one tried, or the redirect target that was refused;
     *     never null
     * @param status the HTTP status that caused the failure, or 0 when there was no response
     * @param message one human-readable line, e.g. {@code HTTP 404 Not Found from https://x/feed}; never blank
     * @param retriable true when trying again later may succeed (timeouts, I/O errors, 5xx, 429); false for
     *     permanent problems (4xx, policy refusals, oversized bodies, redirect errors)
     * @param retryAfter the delay the server asked for with {@code Retry-After}, or null
     * @param latency the time the fetch took, never null
     */
    record Failed(URI uri, int status, String message, boolean retriable, Duration retryAfter, Duration latency)
            implements FetchResult {

        /** Checks the required values. */
        public Failed {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(latency, "latency");
            if (message == null || message.isBlank()) {
                throw new IllegalArgumentException("a failure needs a message");
            }
            if (status < 0 || status > 999) {
                throw new IllegalArgumentException("status must be 0 (no response) or an HTTP status: " + status);
            }
        }
    }
}

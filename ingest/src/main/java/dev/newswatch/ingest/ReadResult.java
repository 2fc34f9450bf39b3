package dev.newswatch.ingest;

import dev.newswatch.core.model.Article;
import dev.newswatch.ingest.websub.HubLinks;
import java.time.Duration;
import java.util.List;

/**
 * What reading one feed gave: its articles, "unchanged since last time", or a failure. Produced by
 * {@link FeedReader}; turned into topic records by {@link FeedUpdatePlanner}.
 */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Unchanged, ReadResult.Failed {

    /** Time from the start of the request to the end of parsing. */
    Duration latency();

    /** Bytes received (after decompression), 0 when nothing was received. */
    long bytes();

    /**
     * The document was fetched and parsed.
     *
     * @param articles     every article of the document, in document order (already seen ones included)
     * @param etag         validator to send next time, or null
     * @param lastModified validator to send next time, or null
     * @param ttl          the feed's {@code <ttl>}, or null
     * @param cacheMaxAge  the response's Cache-Control max-age, or null
     * @param body         the raw document (for the archive)
     * @param hub          the WebSub hub and topic the feed names, or null
     */
    record Read(int status, List<Article> articles, String etag, String lastModified, Duration ttl,
                Duration cacheMaxAge, long bytes, Duration latency, byte[] body, HubLinks hub) implements ReadResult {
        public Read {
            articles = List.copyOf(articles);
        }

        /** A result of a feed that names no WebSub hub. */
        public Read(int status, List<Article> articles, String etag, String lastModified, Duration ttl,
                    Duration cacheMaxAge, long bytes, Duration latency, byte[] body) {
            this(status, articles, etag, lastModified, ttl, cacheMaxAge, bytes, latency, body, null);
        }

        /** This result with {@code replaced} as its articles (the same ones, with page text added). */
        public Read withArticles(List<Article> replaced) {
            return new Read(status, replaced, etag, lastModified, ttl, cacheMaxAge, bytes, latency, body, hub);
        }
    }

    /** The server answered 304 Not Modified (or the file did not change). */
    record Unchanged(String etag, String lastModified, Duration cacheMaxAge, Duration latency) implements ReadResult {
        @Override
        public long bytes() {
            return 0;
        }
    }

    /**
     * The fetch or the parse failed.
     *
     * @param status     HTTP status, or 0 when no response arrived
     * @param message    one line for the operator
     * @param retryAfter the server's Retry-After, or null
     */
    record Failed(int status, String message, Duration retryAfter, long bytes, Duration latency) implements ReadResult {
    }
}

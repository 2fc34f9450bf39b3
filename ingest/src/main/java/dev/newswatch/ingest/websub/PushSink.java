package dev.newswatch.ingest.websub;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Takes the content of accepted notifications: the ingester, which commits it like a poll. Thread-safe. */
@FunctionalInterface
public interface PushSink {

    /** What became of pushed content. */
    enum Outcome {
        /** Its new items are committed to the articles topic (possibly none: all were seen before). */
        COMMITTED,
        /** Not committed and not worth a retry: the feed is not owned here, or the content is not a feed. */
        DROPPED,
        /** The Kafka transaction failed: the hub may send it again (the next poll reads it anyway). */
        FAILED
    }

    /**
     * Hands over the raw body of a notification whose signature was verified.
     *
     * @param contentType its {@code Content-Type}, or null
     * @param received    when it arrived
     * @return completes once the content was committed, dropped or failed
     */
    CompletableFuture<Outcome> accept(String feedId, byte[] body, String contentType, Instant received);
}

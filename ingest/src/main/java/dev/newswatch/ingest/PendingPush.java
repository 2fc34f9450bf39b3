package dev.newswatch.ingest;

import dev.newswatch.ingest.websub.PushSink;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Content a WebSub hub pushed for a feed, waiting to be committed like a poll; {@code done} completes with what
 * became of it.
 */
record PendingPush(String feedId, byte[] body, String contentType, Instant received,
                   CompletableFuture<PushSink.Outcome> done) {
}

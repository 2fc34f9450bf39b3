package dev.newswatch.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the ingester remembers about one feed: the value of the compacted feed-checkpoints topic, keyed by
 * feed id. It is written in the same Kafka transaction as the articles of the fetch that produced it, so
 * the articles topic and the checkpoint never disagree.
 *
 * <p>{@code etag} and {@code lastModified} are the validators of the last 200 response (null when the
 * server sent none). {@code seenIds} holds the article ids already produced for this feed, newest first,
 * bounded by the configured window. {@code nextFetch} is when the feed is due again (it carries backoff
 * and Retry-After across restarts); {@code failures} counts consecutive failed fetches. {@code webSubHub} and
 * {@code webSubTopic} are the WebSub hub and topic the feed's last document named (null when none), so an instance
 * that takes the feed over subscribes without waiting for a poll.
 */
public record FeedCheckpoint(
        String feedId,
        String etag,
        String lastModified,
        List<String> seenIds,
        Instant lastFetch,
        Instant nextFetch,
        int failures,
        String webSubHub,
        String webSubTopic) {

    public FeedCheckpoint {
        Objects.requireNonNull(feedId, "feedId");
        seenIds = seenIds == null ? List.of() : List.copyOf(seenIds);
        if (failures < 0) {
            throw new IllegalArgumentException("failures must be >= 0");
        }
    }

    /** A checkpoint of a feed that names no WebSub hub. */
    public FeedCheckpoint(String feedId, String etag, String lastModified, List<String> seenIds, Instant lastFetch,
                          Instant nextFetch, int failures) {
        this(feedId, etag, lastModified, seenIds, lastFetch, nextFetch, failures, null, null);
    }

    /** The checkpoint of a feed never fetched. */
    public static FeedCheckpoint empty(String feedId) {
        return new FeedCheckpoint(feedId, null, null, List.of(), null, null, 0);
    }
}

package dev.newswatch.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of the latest fetch of one feed: the value of the compacted feed-status topic, keyed by
 * feed id. {@code outcome} is "ok", "not-modified" or "failed"; {@code httpStatus} is 0 when no response
 * arrived; {@code error} is null unless the fetch failed; {@code failures} counts consecutive failures.
 */
public record FeedStatus(
        String feedId,
        String name,
        String url,
        Instant time,
        String outcome,
        int httpStatus,
        long bytes,
        int itemsNew,
        int itemsSeen,
        long latencyMs,
        String error,
        Instant nextPoll,
        int failures) {

    public static final String OK = "ok";
    public static final String NOT_MODIFIED = "not-modified";
    public static final String FAILED = "failed";

    public FeedStatus {
        Objects.requireNonNull(feedId, "feedId");
        Objects.requireNonNull(time, "time");
        if (!OK.equals(outcome) && !NOT_MODIFIED.equals(outcome) && !FAILED.equals(outcome)) {
            throw new IllegalArgumentException("outcome must be ok, not-modified or failed: " + outcome);
        }
    }

    public boolean failed() {
        return FAILED.equals(outcome);
    }
}

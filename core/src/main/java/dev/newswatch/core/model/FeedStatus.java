package dev.newswatch.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of the latest fetch of one feed: the value of the compacted feed-status topic, keyed by
 * feed id. {@code outcome} is "ok", "not-modified" or "failed"; {@code httpStatus} is 0 when no response
 * arrived; {@code error} is null unless the fetch failed; {@code failures} counts consecutive failures.
 * {@code push} is the feed's WebSub state when the ingester pushes (null when WebSub is off or the feed names
 * no hub).
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
        int failures,
        Push push) {

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

    /** A status without WebSub state. */
    public FeedStatus(String feedId, String name, String url, Instant time, String outcome, int httpStatus, long bytes,
                      int itemsNew, int itemsSeen, long latencyMs, String error, Instant nextPoll, int failures) {
        this(feedId, name, url, time, outcome, httpStatus, bytes, itemsNew, itemsSeen, latencyMs, error, nextPoll,
                failures, null);
    }

    /** This status with {@code newPush} as its WebSub state. */
    public FeedStatus withPush(Push newPush) {
        return new FeedStatus(feedId, name, url, time, outcome, httpStatus, bytes, itemsNew, itemsSeen, latencyMs, error,
                nextPoll, failures, newPush);
    }

    /**
     * The WebSub state of a feed.
     *
     * @param state            {@code subscribing}, {@code subscribed}, {@code failed} (polled as before) or
     *                         {@code unsubscribed}
     * @param hub              the hub's URL
     * @param leaseEnd         when the granted lease ends, or null before verification
     * @param lastNotification when the last accepted notification arrived, or null
     * @param error            why the hub failed, or null
     */
    public record Push(String state, String hub, Instant leaseEnd, Instant lastNotification, String error) {
        public Push {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(hub, "hub");
        }
    }

    public boolean failed() {
        return FAILED.equals(outcome);
    }
}

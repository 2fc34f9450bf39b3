package dev.newswatch.ingest;

import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.model.FeedSpec;
import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * When a feed is due again. Pure arithmetic over settings and the last outcome, with the randomness
 * injected, so the schedule is testable:
 * <ul>
 *   <li>after a success, the feed's interval (or the default), never below {@code min-interval}, raised to
 *       the feed's RSS {@code <ttl>} and Cache-Control {@code max-age} when those are longer (capped at a day),
 *       spread by +/- {@code jitter};</li>
 *   <li>after a failure, exponential backoff from the interval, doubling per consecutive failure, capped at
 *       {@code max-backoff}, with "equal jitter" (half fixed, half random); a Retry-After from the server is
 *       a lower bound. A failing feed is retried for ever at the cap: it is never dropped silently.</li>
 * </ul>
 * Thread-safe if the random generator is.
 */
public final class PollPolicy {

    static final Duration LOWER_BOUND_CAP = Duration.ofDays(1);

    private final IngestSettings settings;
    private final RandomGenerator random;

    public PollPolicy(IngestSettings settings, RandomGenerator random) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The base interval of {@code feed}: its own, else the default, never below the minimum. */
    public Duration interval(FeedSpec feed) {
        Duration base = feed.interval() != null ? feed.interval() : settings.defaultInterval();
        return max(base, settings.minInterval());
    }

    /**
     * Delay until the next poll after a successful (or not-modified) fetch.
     *
     * @param ttl         the feed's {@code <ttl>}, or null
     * @param cacheMaxAge the response's Cache-Control max-age, or null
     */
    public Duration afterSuccess(FeedSpec feed, Duration ttl, Duration cacheMaxAge) {
        Duration interval = interval(feed);
        if (ttl != null) {
            interval = max(interval, min(ttl, LOWER_BOUND_CAP));
        }
        if (cacheMaxAge != null) {
            interval = max(interval, min(cacheMaxAge, LOWER_BOUND_CAP));
        }
        double spread = settings.jitter() * (2 * random.nextDouble() - 1);
        long millis = Math.round(interval.toMillis() * (1 + spread));
        return max(Duration.ofMillis(millis), settings.minInterval());
    }

    /**
     * Delay until the next attempt after {@code failures} consecutive failures (1 for the first).
     *
     * @param retryAfter the server's Retry-After, or null
     */
    public Duration afterFailure(FeedSpec feed, int failures, Duration retryAfter) {
        int exponent = Math.max(0, Math.min(failures - 1, 30));
        Duration cap = settings.maxBackoff();
        Duration backoff = interval(feed);
        for (int i = 0; i < exponent && backoff.compareTo(cap) < 0; i++) {
            backoff = backoff.multipliedBy(2);
        }
        backoff = min(backoff, cap);
        long half = backoff.toMillis() / 2;
        Duration delay = Duration.ofMillis(half + (long) (random.nextDouble() * (backoff.toMillis() - half)));
        if (retryAfter != null) {
            delay = max(delay, min(retryAfter, LOWER_BOUND_CAP));
        }
        return delay;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}

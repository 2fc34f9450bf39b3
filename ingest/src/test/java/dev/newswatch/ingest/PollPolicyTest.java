package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.testkit.FixedRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The schedule arithmetic: intervals, lower bounds from the feed and server, jitter and backoff. */
class PollPolicyTest {

    /** Just below 1: {@code nextDouble()} never returns 1 itself. */
    private static final double ALMOST_ONE = Math.nextDown(1.0);

    private static final FeedSpec NO_INTERVAL = new FeedSpec("plain", "https://example.com/rss", null, null, null);

    // ---- after a success ----

    @Test
    void shouldUseDefaultIntervalWhenFeedSetsNone() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofMinutes(15), policy.interval(NO_INTERVAL));
        assertEquals(Duration.ofMinutes(15), policy.afterSuccess(NO_INTERVAL, null, null));
    }

    @Test
    void shouldUseFeedIntervalWhenSet() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofMinutes(5), policy.afterSuccess(feed(Duration.ofMinutes(5)), null, null));
    }

    @Test
    void shouldRaiseFeedIntervalBelowMinimumToMinimum() {
        // Given a feed asking for 10 s while the minimum is 1 minute
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);
        FeedSpec eager = feed(Duration.ofSeconds(10));

        // Then
        assertEquals(Duration.ofMinutes(1), policy.interval(eager));
        assertEquals(Duration.ofMinutes(1), policy.afterSuccess(eager, null, null));
    }

    @Test
    void shouldTreatLongerTtlAsLowerBound() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofHours(1), policy.afterSuccess(NO_INTERVAL, Duration.ofHours(1), null));
    }

    @Test
    void shouldIgnoreTtlShorterThanInterval() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofMinutes(15), policy.afterSuccess(NO_INTERVAL, Duration.ofMinutes(5), null));
    }

    @Test
    void shouldCapTtlAtOneDay() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofDays(1), policy.afterSuccess(NO_INTERVAL, Duration.ofDays(30), null));
    }

    @Test
    void shouldTreatLongerCacheMaxAgeAsLowerBound() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofMinutes(45), policy.afterSuccess(NO_INTERVAL, null, Duration.ofMinutes(45)));
        assertEquals(Duration.ofMinutes(15), policy.afterSuccess(NO_INTERVAL, null, Duration.ofSeconds(30)));
    }

    @Test
    void shouldCapCacheMaxAgeAtOneDay() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofDays(1), policy.afterSuccess(NO_INTERVAL, null, Duration.ofDays(365)));
    }

    @Test
    void shouldTakeLargestOfIntervalTtlAndMaxAge() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.5);

        assertEquals(Duration.ofHours(2),
                policy.afterSuccess(NO_INTERVAL, Duration.ofHours(2), Duration.ofMinutes(30)));
        assertEquals(Duration.ofHours(3),
                policy.afterSuccess(NO_INTERVAL, Duration.ofHours(1), Duration.ofHours(3)));
    }

    @Test
    void shouldSpreadByMinusJitterWhenRandomIsZero() {
        // 15 min with jitter 0.1: the earliest is 13.5 min
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.1, 0.0);

        assertEquals(Duration.ofSeconds(810), policy.afterSuccess(NO_INTERVAL, null, null));
    }

    @Test
    void shouldNotSpreadWhenRandomIsOneHalf() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.1, 0.5);

        assertEquals(Duration.ofMinutes(15), policy.afterSuccess(NO_INTERVAL, null, null));
    }

    @Test
    void shouldSpreadByAtMostPlusJitterWhenRandomIsAlmostOne() {
        // 15 min with jitter 0.1: the latest is 16.5 min
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.1, ALMOST_ONE);

        assertEquals(Duration.ofSeconds(990), policy.afterSuccess(NO_INTERVAL, null, null));
    }

    @Test
    void shouldNeverJitterBelowMinimumInterval() {
        // Given a feed at the minimum and the largest negative spread
        PollPolicy policy = policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.5, 0.0);

        assertEquals(Duration.ofMinutes(1), policy.afterSuccess(NO_INTERVAL, null, null));
    }

    // ---- after a failure ----

    @Test
    void shouldWaitBetweenHalfAndAllOfIntervalAfterFirstFailure() {
        // Equal jitter: half of the backoff fixed, the other half random
        assertEquals(Duration.ofSeconds(30),
                policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, 0.0).afterFailure(NO_INTERVAL, 1, null));
        assertEquals(Duration.ofSeconds(45),
                policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, 0.5).afterFailure(NO_INTERVAL, 1, null));
        assertEquals(Duration.ofMillis(59_999),
                policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, ALMOST_ONE).afterFailure(NO_INTERVAL, 1, null));
    }

    @Test
    void shouldDoubleBackoffPerConsecutiveFailure() {
        PollPolicy policy = policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, 0.0);

        // random 0 gives exactly half the backoff: 1, 2, 4, 8 minutes → 30 s, 1, 2, 4 minutes
        assertEquals(Duration.ofSeconds(30), policy.afterFailure(NO_INTERVAL, 1, null));
        assertEquals(Duration.ofMinutes(1), policy.afterFailure(NO_INTERVAL, 2, null));
        assertEquals(Duration.ofMinutes(2), policy.afterFailure(NO_INTERVAL, 3, null));
        assertEquals(Duration.ofMinutes(4), policy.afterFailure(NO_INTERVAL, 4, null));
    }

    @Test
    void shouldCapBackoffAtMaxBackoffWithEqualJitter() {
        // Given 15 min interval: the tenth failure would be 15 min × 2^9 = 128 h without the 6 h cap
        PollPolicy low = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.0);
        PollPolicy high = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, ALMOST_ONE);

        // Then the delay lies in [3 h, 6 h)
        assertEquals(Duration.ofHours(3), low.afterFailure(NO_INTERVAL, 10, null));
        Duration latest = high.afterFailure(NO_INTERVAL, 10, null);
        assertTrue(latest.compareTo(Duration.ofHours(6)) <= 0 && latest.compareTo(Duration.ofMinutes(359)) > 0,
                "expected just under 6 h, got " + latest);
    }

    @Test
    void shouldStayAtCapForAnyNumberOfFailures() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.0, 0.0);

        assertEquals(Duration.ofHours(3), policy.afterFailure(NO_INTERVAL, 1_000, null));
        assertEquals(Duration.ofHours(3), policy.afterFailure(NO_INTERVAL, Integer.MAX_VALUE, null));
    }

    @Test
    void shouldBackOffFromMinimumWhenFeedIntervalIsBelowIt() {
        PollPolicy policy = policy(Duration.ofMinutes(15), Duration.ofMinutes(2), 0.0, 0.0);

        assertEquals(Duration.ofMinutes(1), policy.afterFailure(feed(Duration.ofSeconds(10)), 1, null));
    }

    @Test
    void shouldTreatRetryAfterAsLowerBound() {
        PollPolicy policy = policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, 0.0);

        assertEquals(Duration.ofMinutes(10), policy.afterFailure(NO_INTERVAL, 1, Duration.ofMinutes(10)));
    }

    @Test
    void shouldIgnoreRetryAfterShorterThanBackoff() {
        PollPolicy policy = policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, 0.0);

        assertEquals(Duration.ofMinutes(2), policy.afterFailure(NO_INTERVAL, 3, Duration.ofSeconds(5)));
    }

    @Test
    void shouldCapRetryAfterAtOneDay() {
        PollPolicy policy = policy(Duration.ofMinutes(1), Duration.ofMinutes(1), 0.0, 0.0);

        assertEquals(Duration.ofDays(1), policy.afterFailure(NO_INTERVAL, 1, Duration.ofDays(10)));
    }

    // ---- helpers ----

    private static FeedSpec feed(Duration interval) {
        return new FeedSpec("feed", "https://example.com/rss", null, null, interval);
    }

    private static PollPolicy policy(Duration defaultInterval, Duration minInterval, double jitter, double random) {
        IngestSettings d = IngestSettings.defaults();
        IngestSettings settings = new IngestSettings(defaultInterval, minInterval, jitter, Duration.ofHours(6),
                d.hostConcurrency(), d.hostMinGap(), d.fetchThreads(), d.connectTimeout(), d.totalDeadline(),
                d.maxBodyBytes(), d.maxRedirects(), d.userAgent(), d.seenWindow(), null);
        return new PollPolicy(settings, FixedRandom.ofDouble(random));
    }
}

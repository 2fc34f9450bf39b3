package dev.newswatch.alerts.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.testkit.FixedRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant FIRST = Instant.parse("2026-11-26T10:00:00Z");

    /** Always draws the largest value allowed: the delay equals the ceiling. */
    private static final RandomGenerator HIGHEST = FixedRandom.highest();

    /** Always draws zero: the delay is as short as full jitter allows. */
    private static final RandomGenerator LOWEST = FixedRandom.lowest();

    @Test
    void shouldDoubleTheCeilingPerAttemptUntilTheCap() {
        RetrySchedule schedule = new RetrySchedule(LOWEST);

        assertEquals(Duration.ofSeconds(30), schedule.ceiling(1));
        assertEquals(Duration.ofSeconds(60), schedule.ceiling(2));
        assertEquals(Duration.ofSeconds(120), schedule.ceiling(3));
        assertEquals(Duration.ofSeconds(30L << 9), schedule.ceiling(10));
        // 30 s * 2^10 = 8.5 h is above the 6 h cap.
        assertEquals(Duration.ofHours(6), schedule.ceiling(11));
        assertEquals(Duration.ofHours(6), schedule.ceiling(1_000));
    }

    @Test
    void shouldDrawTheDelayAcrossTheWholeRangeFromZeroToTheCeiling() {
        Instant now = FIRST.plusSeconds(5);

        Optional<Instant> highest = new RetrySchedule(HIGHEST).nextAttempt(3, FIRST, now, null);
        Optional<Instant> lowest = new RetrySchedule(LOWEST).nextAttempt(3, FIRST, now, null);

        assertEquals(Optional.of(now.plusSeconds(120)), highest);
        assertEquals(Optional.of(now), lowest);
    }

    @Test
    void shouldKeepEveryJitteredDelayWithinTheCeilingWhenDrawnAtRandom() {
        RetrySchedule schedule = new RetrySchedule(new SplittableRandom(7));
        long distinct = 0;
        Instant previous = null;

        for (int i = 0; i < 1_000; i++) {
            Instant next = schedule.nextAttempt(2, FIRST, FIRST, null).orElseThrow();
            Duration delay = Duration.between(FIRST, next);
            assertFalse(delay.isNegative(), "delay " + delay);
            assertTrue(delay.compareTo(Duration.ofSeconds(60)) <= 0, "delay " + delay + " above the 60 s ceiling");
            if (!next.equals(previous)) {
                distinct++;
            }
            previous = next;
        }

        assertTrue(distinct > 900, "jitter should spread the delays, got only " + distinct + " changes");
    }

    @Test
    void shouldWaitAtLeastRetryAfterWhenTheReceiverAsksForMoreThanTheJitter() {
        RetrySchedule schedule = new RetrySchedule(LOWEST);

        Optional<Instant> next = schedule.nextAttempt(1, FIRST, FIRST, Duration.ofMinutes(2));

        assertEquals(Optional.of(FIRST.plus(Duration.ofMinutes(2))), next);
    }

    @Test
    void shouldKeepTheJitteredDelayWhenItIsLongerThanRetryAfter() {
        RetrySchedule schedule = new RetrySchedule(HIGHEST);

        Optional<Instant> next = schedule.nextAttempt(4, FIRST, FIRST, Duration.ofSeconds(10));

        assertEquals(Optional.of(FIRST.plusSeconds(240)), next);
    }

    @Test
    void shouldGiveUpWhenTheNextAttemptWouldFallPastTheHorizon() {
        Instant lateNow = FIRST.plus(Duration.ofHours(23)).plus(Duration.ofMinutes(59));

        Optional<Instant> longDelay = new RetrySchedule(HIGHEST).nextAttempt(12, FIRST, lateNow, null);
        Optional<Instant> shortDelay = new RetrySchedule(LOWEST).nextAttempt(12, FIRST, lateNow, null);

        assertEquals(Optional.empty(), longDelay);
        assertEquals(Optional.of(lateNow), shortDelay);
    }

    @Test
    void shouldGiveUpWhenRetryAfterReachesPastTheHorizon() {
        RetrySchedule schedule = new RetrySchedule(LOWEST);

        Optional<Instant> next = schedule.nextAttempt(1, FIRST, FIRST.plus(Duration.ofHours(20)), Duration.ofHours(5));

        assertEquals(Optional.empty(), next);
    }

    @Test
    void shouldGiveUpWhenNowIsAlreadyPastTheHorizon() {
        RetrySchedule schedule = new RetrySchedule(LOWEST);

        Optional<Instant> next = schedule.nextAttempt(30, FIRST, FIRST.plus(Duration.ofHours(25)), null);

        assertEquals(Optional.empty(), next);
    }

    @Test
    void shouldEndEveryRetrySequenceWithinTheConfiguredHorizon() {
        Duration horizon = Duration.ofHours(2);
        RetrySchedule schedule = new RetrySchedule(new SplittableRandom(11), Duration.ofSeconds(30), 2.0,
                Duration.ofMinutes(30), horizon);
        Instant now = FIRST;
        int attempts = 1;

        Optional<Instant> next = schedule.nextAttempt(attempts, FIRST, now, null);
        while (next.isPresent()) {
            assertTrue(!next.get().isBefore(now), "next attempt " + next.get() + " before now " + now);
            now = next.get();
            attempts++;
            next = schedule.nextAttempt(attempts, FIRST, now, null);
        }

        assertTrue(!now.isAfter(FIRST.plus(horizon)), "last attempt at " + now + " is past the horizon");
        assertTrue(attempts > 5, "expected several attempts within two hours, got " + attempts);
    }

    @Test
    void shouldRejectAnAttemptCountBelowOne() {
        RetrySchedule schedule = new RetrySchedule(LOWEST);

        assertThrows(IllegalArgumentException.class, () -> schedule.nextAttempt(0, FIRST, FIRST, null));
    }

    @Test
    void shouldRejectANonPositiveBase() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(LOWEST, Duration.ZERO, 2.0,
                Duration.ofHours(6), Duration.ofHours(24)));
    }

    @Test
    void shouldRejectAFactorBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(LOWEST, Duration.ofSeconds(30), 0.5,
                Duration.ofHours(6), Duration.ofHours(24)));
    }

    @Test
    void shouldRejectACapBelowTheBase() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(LOWEST, Duration.ofSeconds(30), 2.0,
                Duration.ofSeconds(10), Duration.ofHours(24)));
    }

    @Test
    void shouldRejectANonPositiveHorizon() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(LOWEST, Duration.ofSeconds(30), 2.0,
                Duration.ofHours(6), Duration.ofSeconds(-1)));
    }
}

package dev.newswatch.app.it;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved forward by an offset the test may grow (never shrink), so a test can place "now" just
 * before a minute boundary instead of waiting for one. Thread-safe.
 */
final class AlertsTestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves the clock forward so that it reads {@code secondsBefore} seconds before a whole minute. */
    synchronized void moveToSecondsBeforeMinute(int secondsBefore) {
        long now = instant().getEpochSecond();
        long toBoundary = 60 - Math.floorMod(now, 60);
        long forward = toBoundary - secondsBefore;
        if (forward < 0) {
            forward += 60;
        }
        offset = offset.plusSeconds(forward);
    }

    /** Moves the clock forward by {@code step}. */
    synchronized void advance(Duration step) {
        offset = offset.plus(step);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the alerts test clock is UTC only");
    }
}

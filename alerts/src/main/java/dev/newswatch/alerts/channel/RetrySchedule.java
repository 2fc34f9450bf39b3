package dev.newswatch.alerts.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When to try a failed delivery again: exponential backoff with full jitter, bounded per step and in
 * total.
 *
 * <p>After attempt {@code n} (1-based) the next attempt comes after a delay drawn uniformly from
 * {@code [0, min(cap, base * factor^(n-1))]}; a Retry-After delay asked for by the receiver is a lower
 * bound. When the next attempt would fall after {@code firstAttempt + horizon}, there is none and the
 * delivery is dead. Defaults: base 30 s, factor 2, cap 6 h, horizon 24 h.
 *
 * <p>Thread-safe: draws from the injected generator are synchronised.
 */
public final class RetrySchedule {

    /** Upper bound of the first delay. */
    public static final Duration DEFAULT_BASE = Duration.ofSeconds(30);
    /** Growth of the upper bound per attempt. */
    public static final double DEFAULT_FACTOR = 2.0;
    /** Largest upper bound of one delay. */
    public static final Duration DEFAULT_CAP = Duration.ofHours(6);
    /** How long after the first attempt a delivery may still be tried. */
    public static final Duration DEFAULT_HORIZON = Duration.ofHours(24);

    private final RandomGenerator random;
    private final Duration base;
    private final double factor;
    private final Duration cap;
    private final Duration horizon;

    /**
     * A schedule with the default base, factor, cap and horizon.
     *
     * @param random the source of jitter (a seeded one makes tests repeatable)
     */
    public RetrySchedule(RandomGenerator random) {
        this(random, DEFAULT_BASE, DEFAULT_FACTOR, DEFAULT_CAP, DEFAULT_HORIZON);
    }

    /**
     * A schedule with explicit bounds.
     *
     * @param random  the source of jitter
     * @param base    upper bound of the first delay, positive
     * @param factor  growth of the upper bound per attempt, at least 1
     * @param cap     largest upper bound of one delay, at least {@code base}
     * @param horizon total time after the first attempt within which retries happen, positive
     */
    public RetrySchedule(RandomGenerator random, Duration base, double factor, Duration cap, Duration horizon) {
        this.random = Objects.requireNonNull(random, "random");
        this.base = positive("base", base);
        if (!(factor >= 1.0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("retry factor must be a finite number >= 1, got " + factor);
        }
        this.factor = factor;
        this.cap = positive("cap", cap);
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("retry cap " + cap + " must not be below the base " + base);
        }
        this.horizon = positive("horizon", horizon);
    }

    /**
     * The time of the next attempt, or empty when the delivery should be given up (dead).
     *
     * @param attemptsSoFar how many attempts were made, at least 1
     * @param firstAttempt  when the first attempt was made
     * @param now           the current time (after the last attempt)
     * @param retryAfter    the delay the receiver asked for, or null; a lower bound for the next attempt
     * @return the next attempt time, or empty past the horizon
     */
    public Optional<Instant> nextAttempt(int attemptsSoFar, Instant firstAttempt, Instant now, Duration retryAfter) {
        if (attemptsSoFar < 1) {
            throw new IllegalArgumentException("attemptsSoFar must be at least 1, got " + attemptsSoFar);
        }
        Objects.requireNonNull(firstAttempt, "firstAttempt");
        Objects.requireNonNull(now, "now");
        long ceilingMillis = ceiling(attemptsSoFar).toMillis();
        long jitterMillis;
        synchronized (random) {
            jitterMillis = random.nextLong(ceilingMillis + 1);
        }
        Duration delay = Duration.ofMillis(jitterMillis);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        Instant deadline = firstAttempt.plus(horizon);
        if (delay.compareTo(Duration.between(now, deadline)) > 0) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delay));
    }

    /**
     * The upper bound of the jittered delay after attempt {@code attemptsSoFar}:
     * {@code min(cap, base * factor^(attemptsSoFar-1))}.
     *
     * @param attemptsSoFar how many attempts were made, at least 1
     * @return the bound
     */
    public Duration ceiling(int attemptsSoFar) {
        if (attemptsSoFar < 1) {
            throw new IllegalArgumentException("attemptsSoFar must be at least 1, got " + attemptsSoFar);
        }
        double millis = base.toMillis();
        long capMillis = cap.toMillis();
        for (int i = 1; i < attemptsSoFar && millis < capMillis; i++) {
            millis *= factor;
        }
        return Duration.ofMillis((long) Math.min(millis, capMillis));
    }

    /** The total retry horizon counted from the first attempt. */
    public Duration horizon() {
        return horizon;
    }

    private static Duration positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("retry " + name + " must be positive, got " + value);
        }
        return value;
    }
}

package dev.newswatch.bench.harness;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Paces sends on a fixed schedule, {@code rate} per second from the first call: a slow send does not shift the
 * ones after it, so latencies are measured under the load asked for. Not thread-safe; one sender.
 */
public final class FixedRate {

    private final long intervalNanos;
    private long next;
    private boolean started;

    /** @param perSecond sends per second, at least 1 */
    public FixedRate(int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("rate must be at least 1 per second, got " + perSecond);
        }
        this.intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
    }

    /** Waits until the next send is due (the first one is due at once). */
    public void awaitNext() {
        long now = System.nanoTime();
        if (!started) {
            started = true;
            next = now;
        }
        // parkNanos may return early: wait again until the slot is due.
        for (long wait = next - now; wait > 0; wait = next - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        next += intervalNanos;
    }
}

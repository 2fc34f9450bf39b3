package dev.newswatch.ingest.fulltext;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness for article pages, per host: at most {@code concurrency} page requests in flight and at least
 * {@code minGap} between two starts. Unlike the coordinator's host limiter it blocks, but only the page threads
 * that call it. Thread-safe.
 */
public final class PageHostGate {

    private final int concurrency;
    private final long minGapNanos;
    private final Map<String, int[]> inFlight = new HashMap<>();
    private final Map<String, Long> lastStart = new HashMap<>();

    public PageHostGate(int concurrency, Duration minGap) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("page concurrency per host must be >= 1");
        }
        this.concurrency = concurrency;
        this.minGapNanos = minGap.toNanos();
    }

    /**
     * Waits for a slot on {@code host}.
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public synchronized void acquire(String host) throws InterruptedException {
        while (true) {
            int[] count = inFlight.computeIfAbsent(host, h -> new int[1]);
            long now = System.nanoTime();
            Long last = lastStart.get(host);
            long waitNanos = last == null ? 0 : last + minGapNanos - now;
            if (count[0] < concurrency && waitNanos <= 0) {
                count[0]++;
                lastStart.put(host, now);
                return;
            }
            long waitMillis = count[0] >= concurrency ? 1000 : Math.max(1, waitNanos / 1_000_000);
            wait(waitMillis);
        }
    }

    /** Frees the slot taken by {@link #acquire}. */
    public synchronized void release(String host) {
        int[] count = inFlight.get(host);
        if (count != null && --count[0] <= 0) {
            inFlight.remove(host);
        }
        notifyAll();
    }
}

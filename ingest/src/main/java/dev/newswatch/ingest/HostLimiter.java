package dev.newswatch.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Politeness per host: at most {@code concurrency} requests in flight to one host, and at least
 * {@code minGap} between the starts of two requests to it. {@code file:} URLs share the pseudo-host
 * "file". Not thread-safe: owned by the ingest coordinator thread.
 */
public final class HostLimiter {

    private final int concurrency;
    private final Duration minGap;
    private final Map<String, Integer> inFlight = new HashMap<>();
    private final Map<String, Instant> lastStart = new HashMap<>();

    public HostLimiter(int concurrency, Duration minGap) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("host concurrency must be >= 1");
        }
        this.concurrency = concurrency;
        this.minGap = minGap;
    }

    /** The host key of a URL: lower-case host, or "file" for local files. */
    public static String hostOf(String url) {
        try {
            java.net.URI uri = java.net.URI.create(url);
            if (uri.getHost() == null) {
                return uri.getScheme() == null ? "unknown" : uri.getScheme().toLowerCase(Locale.ROOT);
            }
            return uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "invalid";
        }
    }

    /** Takes a slot for {@code host} if one is free and the gap has passed; returns whether it did. */
    public boolean tryAcquire(String host, Instant now) {
        if (inFlight.getOrDefault(host, 0) >= concurrency) {
            return false;
        }
        Instant last = lastStart.get(host);
        if (!"file".equals(host) && last != null && now.isBefore(last.plus(minGap))) {
            return false;
        }
        inFlight.merge(host, 1, Integer::sum);
        lastStart.put(host, now);
        return true;
    }

    /** Frees the slot taken by {@link #tryAcquire}. */
    public void release(String host) {
        inFlight.computeIfPresent(host, (h, n) -> n <= 1 ? null : n - 1);
    }
}

package dev.newswatch.bench;

import dev.newswatch.bench.harness.Percentiles;

/**
 * Percentiles of a latency sample, in milliseconds (nearest rank). Immutable.
 *
 * @param samples how many latencies were measured
 * @param p50     median
 * @param p99     99th percentile
 * @param max     the largest
 */
public record LatencySummary(int samples, long p50, long p99, long max) {

    public LatencySummary {
        if (samples < 0) {
            throw new IllegalArgumentException("samples must not be negative: " + samples);
        }
    }

    /** The summary of the first {@code count} values of {@code millis}; all zero when there are none. */
    public static LatencySummary of(long[] millis, int count) {
        Percentiles p = Percentiles.of(millis, count);
        return new LatencySummary(count, (long) p.at(50), (long) p.at(99), (long) p.max());
    }
}

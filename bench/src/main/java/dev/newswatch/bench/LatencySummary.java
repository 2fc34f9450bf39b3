package dev.newswatch.bench;

import java.util.Arrays;

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
        if (count == 0) {
            return new LatencySummary(0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        return new LatencySummary(count, rank(sorted, 0.50), rank(sorted, 0.99), sorted[count - 1]);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}

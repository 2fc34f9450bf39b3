package dev.newswatch.bench.harness;

import java.util.Arrays;
import java.util.Collection;

/**
 * Nearest-rank percentiles of a sample (latencies in milliseconds, usually), plus its size, mean and maximum.
 * Immutable.
 */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        this.sorted = sorted;
    }

    /** The percentiles of {@code values}, which may be empty. */
    public static Percentiles of(Collection<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** The percentiles of the first {@code count} of {@code values}. */
    public static Percentiles of(long[] values, int count) {
        double[] sorted = Arrays.stream(values, 0, count).asDoubleStream().toArray();
        Arrays.sort(sorted);
        return new Percentiles(sorted);
    }

    /** How many values the sample has. */
    public int count() {
        return sorted.length;
    }

    /** The smallest value at or above {@code p} percent of the sample; 0 for an empty sample. */
    public double at(double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    /** The largest value; 0 for an empty sample. */
    public double max() {
        return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
    }

    /** The arithmetic mean; 0 for an empty sample. */
    public double mean() {
        return Arrays.stream(sorted).average().orElse(0);
    }
}

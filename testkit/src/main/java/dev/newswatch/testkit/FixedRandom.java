package dev.newswatch.testkit;

import java.util.random.RandomGenerator;

/**
 * Random generators that always draw the same value, so that jittered delays and sampled choices are exact in
 * tests. Stateless and thread-safe.
 */
public final class FixedRandom {

    private FixedRandom() {
    }

    /** Always draws the largest value allowed: {@code nextLong(bound)} is {@code bound - 1}. */
    public static RandomGenerator highest() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return Long.MAX_VALUE;
            }

            @Override
            public long nextLong(long bound) {
                return bound - 1;
            }
        };
    }

    /** Always draws zero. */
    public static RandomGenerator lowest() {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return 0;
            }
        };
    }

    /** Always draws {@code value} from {@code nextDouble()}, and the same fraction of {@code Long.MAX_VALUE} as a long. */
    public static RandomGenerator ofDouble(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return (long) (value * Long.MAX_VALUE);
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}

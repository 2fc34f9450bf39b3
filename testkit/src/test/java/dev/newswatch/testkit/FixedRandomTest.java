package dev.newswatch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FixedRandomTest {

    @Test
    void shouldDrawTheCeilingFromHighest() {
        assertEquals(Long.MAX_VALUE, FixedRandom.highest().nextLong());
        assertEquals(99, FixedRandom.highest().nextLong(100));
    }

    @Test
    void shouldDrawZeroFromLowest() {
        assertEquals(0, FixedRandom.lowest().nextLong());
        assertEquals(0, FixedRandom.lowest().nextLong(100));
    }

    @Test
    void shouldDrawTheGivenDouble() {
        assertEquals(0.25, FixedRandom.ofDouble(0.25).nextDouble());
        assertEquals(Long.MAX_VALUE / 4, FixedRandom.ofDouble(0.25).nextLong(), 1024);
    }
}

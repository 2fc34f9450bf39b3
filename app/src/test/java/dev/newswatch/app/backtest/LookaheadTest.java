package dev.newswatch.app.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ordered parallel map ahead of the backtest's driver: order, bounds, failures, lifecycle. */
class LookaheadTest {

    @Test
    void shouldHandOutResultsInTheOrderOfTheItemsWhateverTheWorkersFinishFirst() {
        // Given items whose work takes longer the smaller they are, on four workers
        List<Integer> items = IntStream.range(0, 500).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        // When
        List<String> results = new ArrayList<>();
        try (Lookahead<Integer, String> ahead = new Lookahead<>(items, i -> {
            threads.add(Thread.currentThread().getName());
            busyWork(500 - i);
            return "item-" + i;
        }, 4, 16)) {
            while (ahead.hasNext()) {
                results.add(ahead.next());
            }
        }

        // Then
        assertEquals(items.stream().map(i -> "item-" + i).toList(), results);
        assertTrue(threads.stream().allMatch(t -> t.startsWith("backtest-lookahead-")), "worker threads: " + threads);
    }

    @Test
    void shouldNeverRunMoreThanTheWindowAheadOfTheConsumer() throws Exception {
        // Given a window of 3 over 20 items
        AtomicInteger started = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 20).boxed().toList();
        try (Lookahead<Integer, Integer> ahead = new Lookahead<>(items, i -> {
            started.incrementAndGet();
            return i;
        }, 2, 3)) {
            // When the first two results are taken
            assertEquals(0, ahead.next());
            assertEquals(1, ahead.next());

            // Then at most the two taken plus three ahead were ever started
            assertTrue(started.get() <= 5, "started " + started.get());
        }
    }

    @Test
    void shouldRethrowWhatTheFunctionThrewForThatItemOnly() {
        // Given a function that fails on item 2
        IllegalArgumentException boom = new IllegalArgumentException("item 2 is bad");
        try (Lookahead<Integer, Integer> ahead = new Lookahead<>(List.of(0, 1, 2, 3), i -> {
            if (i == 2) {
                throw boom;
            }
            return i * 10;
        }, 2, 2)) {
            // Then the items before and after come out; item 2 throws the function's own exception
            assertEquals(0, ahead.next());
            assertEquals(10, ahead.next());
            assertSame(boom, assertThrows(IllegalArgumentException.class, ahead::next));
            assertEquals(30, ahead.next());
            assertFalse(ahead.hasNext());
        }
    }

    @Test
    void shouldHaveNothingForAnEmptyListAndSayWhenAllWereHandedOut() {
        try (Lookahead<Integer, Integer> ahead = new Lookahead<>(List.of(), i -> i, 1, 1)) {
            assertFalse(ahead.hasNext());
            assertThrows(NoSuchElementException.class, ahead::next);
        }
    }

    @Test
    void shouldRejectNoThreadsOrNoWindow() {
        assertThrows(IllegalArgumentException.class, () -> new Lookahead<>(List.of(1), i -> i, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Lookahead<>(List.of(1), i -> i, 1, 0));
    }

    private static long busyWork(int rounds) {
        long x = rounds;
        for (int i = 0; i < rounds * 200; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x;
    }
}

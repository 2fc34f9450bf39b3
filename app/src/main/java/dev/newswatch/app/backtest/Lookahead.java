package dev.newswatch.app.backtest;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An ordered parallel map: {@code function} applied to each item of a list on worker threads, handed out in
 * the list's order by {@link #next()}, with the workers at most {@code window} items ahead of the consumer
 * (so memory stays bounded however long the list). The function must be safe to call from several threads at
 * once. {@link #next()} is for one consumer thread. Close it to stop the workers; they are daemon threads, so
 * an abandoned instance never keeps the JVM alive.
 *
 * @param <T> the item type
 * @param <R> the result type
 */
final class Lookahead<T, R> implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final Iterator<? extends T> items;
    private final Function<? super T, ? extends R> function;
    private final int window;
    private final ExecutorService workers;
    private final ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    private int handedOut;

    /**
     * Starts the workers on the first {@code window} items.
     *
     * @param threads worker threads, at least 1
     * @param window  how many items the workers may be ahead of {@link #next()}, at least 1
     */
    Lookahead(List<T> items, Function<? super T, ? extends R> function, int threads, int window) {
        this(List.copyOf(items).iterator(), function, threads, window);
    }

    /**
     * {@link #Lookahead(List, Function, int, int)} over the items of an iterator, which is only ever advanced by the
     * calling thread (here and in {@link #next()}), never by the workers.
     */
    Lookahead(Iterator<? extends T> items, Function<? super T, ? extends R> function, int threads, int window) {
        if (threads < 1 || window < 1) {
            throw new IllegalArgumentException("threads and window must be at least 1, not " + threads + " and "
                    + window);
        }
        this.items = Objects.requireNonNull(items, "items");
        this.function = Objects.requireNonNull(function, "function");
        this.window = window;
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads("backtest-lookahead-"
                + INSTANCES.incrementAndGet()));
        fill();
    }

    /** Whether results remain to be handed out. */
    boolean hasNext() {
        return !pending.isEmpty();
    }

    /**
     * The result for the next item, waiting for it if the workers are behind.
     *
     * @throws NoSuchElementException when every result was handed out
     * @throws RuntimeException       what the function threw for that item (an Error is wrapped)
     */
    R next() {
        if (pending.isEmpty()) {
            throw new NoSuchElementException("all " + handedOut + " items were handed out");
        }
        Future<R> next = pending.remove();
        handedOut++;
        fill();
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a result", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("a worker failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
        pending.clear();
    }

    private void fill() {
        while (pending.size() < window && items.hasNext()) {
            T item = items.next();
            pending.add(workers.submit(() -> function.apply(item)));
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

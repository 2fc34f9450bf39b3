package dev.newswatch.ingest.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The total deadline of one fetch, measured with {@link System#nanoTime()} because it bounds real I/O.
 * It can close a stream when it expires, which makes a blocked read fail: the JDK client's own timeout
 * stops once the headers arrive. Not thread-safe; one per fetch.
 */
final class Deadline {

    /** One daemon thread closes the streams of every fetcher whose deadline passes. */
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final Duration total;
    private final long expiresAtNanos;

    private Deadline(Duration total) {
        this.total = total;
        this.expiresAtNanos = System.nanoTime() + total.toNanos();
    }

    /** A deadline {@code total} from now. */
    static Deadline after(Duration total) {
        return new Deadline(total);
    }

    /** Nanoseconds left, zero or negative once expired. */
    long remainingNanos() {
        return expiresAtNanos - System.nanoTime();
    }

    /** The time left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, remainingNanos()));
    }

    boolean expired() {
        return remainingNanos() <= 0;
    }

    /** "deadline of 30s exceeded while {@code activity}: {@code uri}". */
    String exceeded(String activity, Object uri) {
        return "deadline of " + describe(total) + " exceeded while " + activity + ": " + uri;
    }

    /**
     * Closes {@code stream} when the deadline passes, unless the returned guard is closed first.
     * {@link Guard#fired()} tells whether it did.
     */
    Guard closeOnExpiry(Closeable stream) {
        Guard guard = new Guard(stream);
        guard.task = WATCHDOG.schedule(guard::fire, Math.max(0, remainingNanos()), TimeUnit.NANOSECONDS);
        return guard;
    }

    /** {@code 30s} for whole seconds, {@code 1500ms} otherwise. */
    static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "newswatch-fetch-deadline");
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** Cancels the pending close when the read ends in time. */
    static final class Guard implements AutoCloseable {

        private final Closeable stream;
        private final AtomicBoolean fired = new AtomicBoolean();
        private volatile ScheduledFuture<?> task;

        private Guard(Closeable stream) {
            this.stream = stream;
        }

        boolean fired() {
            return fired.get();
        }

        @Override
        public void close() {
            ScheduledFuture<?> scheduled = task;
            if (scheduled != null) {
                scheduled.cancel(false);
            }
        }

        private void fire() {
            fired.set(true);
            try {
                stream.close();
            } catch (IOException ignored) {
                // The stream is abandoned either way; the reader learns of it from its own failed read.
            }
        }
    }
}

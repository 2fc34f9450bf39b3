package dev.newswatch.core.net;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor of a JDK {@code HttpServer} that gives every request a deadline. The server hands it one task per
 * request once the request's first bytes arrived; the task reads the request line, headers and body on its thread
 * (blocking), then runs the handler and writes the answer. A client that sends its request slowly ("slowloris") or
 * never finishes its body would hold that thread for ever; here, a task still running {@code timeout} after it was
 * handed over has its thread interrupted, which closes the connection's channel and ends the blocked read or write.
 * A task that waited in the queue past its deadline starts interrupted and closes at once. Handlers that hand their
 * exchange to a thread of their own (the dashboard's event stream) are not affected: their task has ended.
 * Thread-safe.
 */
public final class DeadlineExecutor implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineExecutor.class);

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Duration timeout;
    private final String name;
    private final AtomicLong expired = new AtomicLong();

    /**
     * @param name    thread name prefix
     * @param threads requests served at once; more wait in the queue (their deadline runs while they wait)
     * @param timeout the deadline of each request
     */
    public DeadlineExecutor(String name, int threads, Duration timeout) {
        this.timeout = timeout;
        this.name = name;
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, name));
        this.pool.allowCoreThreadTimeOut(true);
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> daemon(r, name + "-deadline"));
        timer.setRemoveOnCancelPolicy(true);
        this.watchdog = timer;
    }

    @Override
    public void execute(Runnable request) {
        Task task = new Task(request);
        task.deadline = watchdog.schedule(task::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        pool.execute(task);
    }

    /** Requests cut off at their deadline so far. */
    public long expired() {
        return expired.get();
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        pool.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private final class Task implements Runnable {
        private final Runnable request;
        private ScheduledFuture<?> deadline;
        private Thread thread;
        private boolean late;
        private boolean done;

        Task(Runnable request) {
            this.request = request;
        }

        @Override
        public void run() {
            synchronized (this) {
                thread = Thread.currentThread();
                if (late) {
                    // Its deadline passed in the queue: the first read fails and the connection is closed.
                    thread.interrupt();
                }
            }
            try {
                request.run();
            } finally {
                synchronized (this) {
                    done = true;
                    thread = null;
                }
                deadline.cancel(false);
                // An interrupt that raced with the end of the request must not reach the next one on this thread.
                Thread.interrupted();
            }
        }

        synchronized void expire() {
            if (done) {
                return;
            }
            late = true;
            expired.incrementAndGet();
            LOG.info("A request to {} was not complete {} ms after its first bytes; closing its connection.",
                    name, timeout.toMillis());
            if (thread != null) {
                thread.interrupt();
            }
        }
    }
}

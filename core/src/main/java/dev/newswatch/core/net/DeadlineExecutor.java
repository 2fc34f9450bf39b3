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
 * The executor of a JDK {@code HttpServer} that bounds the time a client may take, so that slow clients
 * ("slowloris") cannot hold its threads. The server hands it one task per request once the request's first bytes
 * arrived; the task reads the request line, headers and body on its thread (blocking), runs the handler and writes
 * the answer. Two phases of a task are bounded by {@code timeout}, each on its own clock:
 * <ol>
 *   <li><b>reading</b> the request, from the task's hand-over until {@link DeadlineFilter} saw the headers and, if
 *       there is one, the end of the body;</li>
 *   <li><b>writing</b> the answer's body through the stream {@link DeadlineFilter} wraps, from the first write.</li>
 * </ol>
 * When a phase's time is up while its thread is blocked in it, the thread is interrupted, which closes the
 * connection's channel and ends the blocked read or write. The handler's own work between the phases (a Kafka call,
 * say) is never interrupted. A task that waited in the queue past its reading deadline starts interrupted and closes
 * at once. A server without the {@link DeadlineFilter} has its whole tasks bounded. Handlers that hand their
 * exchange to a thread of their own (an event stream) are not affected once their task ended. Thread-safe.
 */
public final class DeadlineExecutor implements Executor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineExecutor.class);
    private static final ThreadLocal<Task> CURRENT = new ThreadLocal<>();

    private final ThreadPoolExecutor pool;
    private final ScheduledExecutorService watchdog;
    private final Duration timeout;
    private final String name;
    private final AtomicLong expired = new AtomicLong();

    /**
     * @param name    thread name prefix, also in the log
     * @param threads requests served at once; more wait in the queue (their reading deadline runs while they wait)
     * @param timeout the time allowed for reading a request, and again for writing its answer
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
        task.arm();
        pool.execute(task);
    }

    /** Requests cut off at a deadline so far. */
    public long expired() {
        return expired.get();
    }

    /** On a request's thread: the request has been read whole; its handler's work is not bounded. */
    static void requestRead() {
        Task task = CURRENT.get();
        if (task != null) {
            task.requestRead();
        }
    }

    /** On a request's thread: a write of the answer starts (the writing clock starts at the first). */
    static void writeStarts() {
        Task task = CURRENT.get();
        if (task != null) {
            task.writeStarts();
        }
    }

    /** On a request's thread: the write begun by {@link #writeStarts()} is over. */
    static void writeEnds() {
        Task task = CURRENT.get();
        if (task != null) {
            task.writeEnds();
        }
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
        private boolean reading = true;
        private boolean writeClockStarted;
        private int writing;
        private boolean late;
        private boolean done;

        Task(Runnable request) {
            this.request = request;
        }

        synchronized void arm() {
            deadline = watchdog.schedule(this::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
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
            CURRENT.set(this);
            try {
                request.run();
            } finally {
                CURRENT.remove();
                synchronized (this) {
                    done = true;
                    thread = null;
                    deadline.cancel(false);
                }
                // An interrupt that raced with the end of the request must not reach the next one on this thread.
                Thread.interrupted();
            }
        }

        synchronized void requestRead() {
            if (reading && !late) {
                reading = false;
                deadline.cancel(false);
            }
        }

        synchronized void writeStarts() {
            if (reading) {
                return;
            }
            if (!writeClockStarted) {
                writeClockStarted = true;
                late = false;
                arm();
            } else if (late && thread != null) {
                thread.interrupt();
            }
            writing++;
        }

        synchronized void writeEnds() {
            if (writing > 0) {
                writing--;
            }
        }

        synchronized void expire() {
            if (done) {
                return;
            }
            late = true;
            if (reading || writing > 0) {
                expired.incrementAndGet();
                LOG.info("A request to {} was still {} {} ms after it began; closing its connection.", name,
                        reading ? "arriving" : "being answered", timeout.toMillis());
                if (thread != null) {
                    thread.interrupt();
                }
            }
        }
    }
}

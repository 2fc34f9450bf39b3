package dev.newswatch.app.ops.dashboard;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events (the {@code text/event-stream} of the HTML standard) to every open dashboard. Each client gets
 * its own bounded queue and writer thread, so a slow or vanished browser never holds up the others or the
 * publishers: when its queue is full the client is dropped, and its {@code EventSource} reconnects and starts again
 * from a fresh snapshot. A comment line every {@link #HEARTBEAT_MILLIS} ms keeps proxies from closing an idle
 * stream and finds dead connections. At most {@code maxStreams} streams are open at once (each holds a thread); one
 * more gets 503 with {@code Retry-After}. A dropped client's writer is interrupted, which closes its connection even
 * when it is blocked writing to a browser that stopped reading. Thread-safe.
 */
public final class EventStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);
    static final long HEARTBEAT_MILLIS = 15_000;
    /** How long a browser waits before reconnecting after the stream broke (the {@code retry:} field). */
    static final int RETRY_MILLIS = 2_000;
    private static final int QUEUE = 512;
    private static final String CLOSE = "\u0000close";

    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final Semaphore writers;
    private final int maxStreams;
    private volatile boolean closed;

    /** @param maxStreams open streams at most, counting writers that are still finishing */
    public EventStream(int maxStreams) {
        if (maxStreams < 1) {
            throw new IllegalArgumentException("maxStreams must be positive, got " + maxStreams);
        }
        this.maxStreams = maxStreams;
        this.writers = new Semaphore(maxStreams);
    }

    /**
     * Takes over {@code exchange} as a stream: answers 200 with the event-stream headers, sends {@code first}
     * (the snapshot, rendered now) and then every {@link #publish published} event until the browser goes away.
     * Returns at once; the exchange is closed by the client's writer thread. When {@code maxStreams} are open, answers
     * 503 with {@code Retry-After} instead and closes the exchange.
     */
    public void open(HttpExchange exchange, Supplier<String> first) throws IOException {
        if (!writers.tryAcquire()) {
            LOG.warn("Refused a dashboard event stream from {}: {} streams are open already (http.max-event-streams).",
                    exchange.getRemoteAddress(), maxStreams);
            refuseBusy(exchange);
            return;
        }
        try {
            start(exchange, first);
        } catch (IOException | RuntimeException e) {
            writers.release();
            throw e;
        }
    }

    private void refuseBusy(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = ("Too many open event streams (" + maxStreams + "); try again later.\n")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.getResponseHeaders().set("Retry-After", "10");
            exchange.sendResponseHeaders(503, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void start(HttpExchange exchange, Supplier<String> first) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        Client client = new Client(exchange);
        // Registered before the snapshot is rendered: an event published in between is sent after it, not lost.
        clients.add(client);
        client.offer("retry: " + RETRY_MILLIS + "\n\n");
        client.offer(frame("snapshot", first.get()));
        Thread writer = new Thread(client::run, "dashboard-sse-" + exchange.getRemoteAddress().getPort());
        writer.setDaemon(true);
        client.writer = writer;
        writer.start();
    }

    /** Sends {@code data} (one line of JSON) as event {@code name} to every open dashboard. */
    public void publish(String name, String data) {
        if (clients.isEmpty()) {
            return;
        }
        String frame = frame(name, data);
        for (Client c : clients) {
            if (!c.offer(frame)) {
                LOG.info("Dashboard client {} is too slow; dropping it (it reconnects by itself).", c.exchange.getRemoteAddress());
                c.stop();
            }
        }
    }

    /** The number of open streams. */
    public int clients() {
        return clients.size();
    }

    static String frame(String name, String data) {
        StringBuilder out = new StringBuilder(data.length() + name.length() + 16);
        out.append("event: ").append(name).append('\n');
        for (String line : data.split("\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }

    @Override
    public void close() {
        closed = true;
        clients.forEach(Client::stop);
    }

    private final class Client {
        private final HttpExchange exchange;
        private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
        private volatile Thread writer;

        Client(HttpExchange exchange) {
            this.exchange = exchange;
        }

        boolean offer(String frame) {
            return queue.offer(frame);
        }

        void stop() {
            clients.remove(this);
            queue.clear();
            queue.offer(CLOSE);
            Thread w = writer;
            if (w != null) {
                // A writer blocked on a browser that stopped reading only wakes up when its channel is closed.
                w.interrupt();
            }
        }

        void run() {
            try (OutputStream out = exchange.getResponseBody()) {
                while (!closed) {
                    String next = queue.poll(HEARTBEAT_MILLIS, TimeUnit.MILLISECONDS);
                    if (next == CLOSE) {
                        return;
                    }
                    out.write((next == null ? ": keep-alive\n\n" : next).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (IOException e) {
                LOG.debug("Dashboard client {} went away: {}", exchange.getRemoteAddress(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                clients.remove(this);
                exchange.close();
                writers.release();
            }
        }
    }
}

package dev.newswatch.ingest.websub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.core.metrics.PipelineMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSub callback endpoint, on the JDK's built-in server: {@code <path>/<feed id>} under the path of the
 * callback base URL.
 * <ul>
 *   <li>{@code GET} is the hub's verification of intent: the challenge with 200 when the subscriber knows the
 *       subscription, else 404;</li>
 *   <li>{@code POST} is a notification: a body over the size cap is refused with 413 without reading it; a bad or
 *       missing signature is ignored and answered 202 (WebSub section 8 lets the subscriber acknowledge it, so that
 *       the secret cannot be probed); a verified one is handed to the {@link PushSink} and answered once it is
 *       committed (200), or 202 when that takes longer than 10 s, or 503 when the transaction failed;
 *       a notification for no active subscription gets 404.</li>
 * </ul>
 * Every notification is counted by outcome. Four daemon threads serve requests. Thread-safe.
 */
public final class CallbackServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CallbackServer.class);
    private static final Duration COMMIT_WAIT = Duration.ofSeconds(10);

    private final HttpServer server;
    private final ExecutorService executor;
    private final WebSubSubscriber subscriber;
    private final PushSink sink;
    private final long maxBody;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private final String prefix;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong oversize = new AtomicLong();

    /**
     * Binds and starts the server.
     *
     * @param path    the path of the callback base URL, such as {@code /websub}
     * @param maxBody the largest notification body read, in bytes
     * @throws IOException when the address cannot be bound
     */
    public CallbackServer(String host, int port, String path, WebSubSubscriber subscriber, PushSink sink, long maxBody,
                          Clock clock, PipelineMetrics metrics) throws IOException {
        this.subscriber = Objects.requireNonNull(subscriber, "subscriber");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.maxBody = maxBody;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        String trimmed = path == null ? "" : path.replaceAll("/+$", "");
        this.prefix = trimmed + "/";
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext(prefix, this::handle);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "websub-callback");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        LOG.info("WebSub callback endpoint listening on http://{}:{}{}<feed id>.", host, port(), prefix);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Notifications accepted (signature verified) since start. */
    public long accepted() {
        return accepted.get();
    }

    /** Notifications ignored for a bad or missing signature since start. */
    public long rejected() {
        return rejected.get();
    }

    /** Notifications refused as larger than the size cap since start. */
    public long oversize() {
        return oversize.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String feedId = exchange.getRequestURI().getPath().substring(prefix.length());
            if (feedId.isEmpty() || feedId.contains("/")) {
                respond(exchange, 404, "");
                return;
            }
            switch (exchange.getRequestMethod()) {
                case "GET" -> verify(exchange, feedId);
                case "POST" -> notification(exchange, feedId);
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, POST");
                    respond(exchange, 405, "");
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("The WebSub callback failed on {} {}.", exchange.getRequestMethod(), exchange.getRequestURI(), e);
        }
    }

    private void verify(HttpExchange exchange, String feedId) throws IOException {
        Map<String, String> q = query(exchange.getRequestURI().getRawQuery());
        String answer = subscriber.verify(feedId, q.get("hub.mode"), q.get("hub.topic"), q.get("hub.challenge"),
                q.get("hub.lease_seconds"), q.get("hub.reason"));
        if (answer == null) {
            respond(exchange, 404, "");
        } else {
            respond(exchange, 200, answer);
        }
    }

    private void notification(HttpExchange exchange, String feedId) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.strip().matches("[0-9]{1,18}") && Long.parseLong(declared.strip()) > maxBody) {
            refuseOversize(exchange, feedId);
            return;
        }
        byte[] body = readAtMost(exchange.getRequestBody(), maxBody);
        if (body == null) {
            refuseOversize(exchange, feedId);
            return;
        }
        String signature = exchange.getRequestHeaders().getFirst("X-Hub-Signature");
        switch (subscriber.check(feedId, signature, body)) {
            case UNKNOWN -> {
                metrics.webSubNotification("unknown");
                LOG.warn("Ignored a WebSub notification for feed {}: it has no active subscription.", feedId);
                respond(exchange, 404, "");
            }
            case REJECTED -> {
                rejected.incrementAndGet();
                metrics.webSubNotification("rejected");
                LOG.warn("Rejected a WebSub notification for feed {}: {} signature; it is ignored.", feedId,
                        signature == null ? "missing" : "bad");
                respond(exchange, 202, "");
            }
            case ACCEPTED -> {
                accepted.incrementAndGet();
                metrics.webSubNotification("accepted");
                LOG.debug("Accepted a WebSub notification for feed {} ({} bytes).", feedId, body.length);
                String type = exchange.getRequestHeaders().getFirst("Content-Type");
                respond(exchange, status(sink.accept(feedId, body, type, clock.instant()), feedId), "");
            }
            default -> throw new IllegalStateException("unknown check result");
        }
    }

    private static int status(java.util.concurrent.CompletableFuture<PushSink.Outcome> outcome, String feedId) {
        try {
            return outcome.get(COMMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS) == PushSink.Outcome.FAILED ? 503 : 200;
        } catch (TimeoutException e) {
            return 202;
        } catch (ExecutionException e) {
            LOG.warn("Committing the pushed content of feed {} failed.", feedId, e.getCause());
            return 503;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        }
    }

    private void refuseOversize(HttpExchange exchange, String feedId) throws IOException {
        oversize.incrementAndGet();
        metrics.webSubNotification("oversize");
        LOG.warn("Refused a WebSub notification for feed {}: larger than {} bytes.", feedId, maxBody);
        exchange.getResponseHeaders().set("Connection", "close");
        respond(exchange, 413, "");
    }

    /** The body, or null when it is longer than {@code max} (then at most max + 1 bytes were read). */
    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        return body.length > max ? null : body;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(key, value);
        }
        return out;
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops serving at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

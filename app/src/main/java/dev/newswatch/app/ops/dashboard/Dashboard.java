package dev.newswatch.app.ops.dashboard;

import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.app.ops.HealthReport;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live dashboard served at {@code /} of the ops endpoint: a plain HTML page with its CSS and JavaScript (class-path
 * resources next to this class; no build step), {@code /events} (server-sent events: a {@code snapshot} on connect,
 * then {@code alert}, {@code deal}, {@code feed}, {@code deliveries} and {@code sample} as they happen) and
 * {@code /api/dashboard} (the same snapshot as one JSON document, for scripts). Owns the {@link LiveTail} reader, the
 * {@link TopicSampler} and the {@link EventStream}; {@link #start} them, {@link #close} them. Thread-safe.
 */
public final class Dashboard implements AutoCloseable {

    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset("index.html", "text/html; charset=utf-8"),
            "/index.html", new Asset("index.html", "text/html; charset=utf-8"),
            "/dashboard.css", new Asset("dashboard.css", "text/css; charset=utf-8"),
            "/dashboard.js", new Asset("dashboard.js", "text/javascript; charset=utf-8"));

    private final DashboardState state = new DashboardState();
    private final EventStream events;
    private final LiveTail tail;
    private final TopicSampler sampler;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * @param health  this process's readiness checks, shown on the page
     * @param refresh how often topic sizes, throughput and lag are sampled
     */
    public Dashboard(NewswatchConfig config, KafkaClients clients, Supplier<HealthReport> health, Clock clock,
                     Duration refresh) {
        this(config, clients, health, clock, refresh, dev.newswatch.core.config.OpsSettings.Access.DEFAULT_MAX_EVENT_STREAMS);
    }

    /**
     * As {@link #Dashboard(NewswatchConfig, KafkaClients, Supplier, Clock, Duration)}, with at most
     * {@code maxStreams} open {@code /events} streams ({@code http.max-event-streams}).
     */
    public Dashboard(NewswatchConfig config, KafkaClients clients, Supplier<HealthReport> health, Clock clock,
                     Duration refresh, int maxStreams) {
        this.events = new EventStream(maxStreams);
        this.tail = new LiveTail(config.topics(), clients, state, events);
        this.sampler = new TopicSampler(config, clients, health, state, events, clock, refresh);
    }

    /** Starts the reader and the sampler; idempotent (the first request for the dashboard calls it too). */
    public Dashboard start() {
        if (started.compareAndSet(false, true)) {
            tail.start();
            sampler.start();
        }
        return this;
    }

    /** Whether {@code path} is the dashboard's. */
    public static boolean serves(String path) {
        return ASSETS.containsKey(path) || path.equals("/events") || path.equals("/api/dashboard");
    }

    /**
     * Answers a GET or HEAD of one of its {@link #serves paths}. The exchange is closed here, except for
     * {@code /events}, which stays open on its own thread.
     */
    public void handle(HttpExchange exchange) throws IOException {
        start();
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/events")) {
            events.open(exchange, state::snapshot);
            return;
        }
        try (exchange) {
            if (path.equals("/api/dashboard")) {
                respond(exchange, "application/json; charset=utf-8", state.snapshot().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            Asset asset = ASSETS.get(path);
            respond(exchange, asset.contentType(), asset.bytes());
        }
    }

    /** Open {@code /events} streams now. */
    public int clients() {
        return events.clients();
    }

    private static void respond(HttpExchange exchange, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        // Marked started, so that a late request cannot start what is being closed.
        boolean neverStarted = started.compareAndSet(false, true);
        events.close();
        if (neverStarted) {
            tail.closeUnstarted();
            return;
        }
        sampler.close();
        tail.close();
    }

    private record Asset(String resource, String contentType) {
        byte[] bytes() {
            try (InputStream in = Dashboard.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("dashboard resource " + resource + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package dev.newswatch.app.ops;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.app.ops.dashboard.Dashboard;
import dev.newswatch.core.config.OpsSettings;
import dev.newswatch.core.net.DeadlineExecutor;
import dev.newswatch.core.net.DeadlineFilter;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP endpoint of a long-running process, on the JDK's built-in server:
 * <ul>
 *   <li>{@code GET /metrics}: every meter in the Prometheus text format;</li>
 *   <li>{@code GET /health}: readiness as JSON, 200 when every check is up, 503 when one is down;</li>
 *   <li>{@code GET /health/live}: liveness as JSON, 200 while every stage's thread runs, 503 once one stopped on an
 *       unexpected error (restart the process);</li>
 *   <li>{@code GET /}, {@code /events}, {@code /api/dashboard}: the live {@link Dashboard}, when there is one;</li>
 *   <li>the routes a stage adds with {@link #route} (the alerter's {@code /feeds/}).</li>
 * </ul>
 * Anything else is 404; methods other than GET and HEAD are 405. Every request first passes the {@link OpsGuard}
 * (Host, Origin, the ops token); reading a request, and writing its answer, must each take less than
 * {@code http.request-timeout} ({@link DeadlineExecutor}). {@value #THREADS} daemon threads serve requests (a
 * dashboard's event stream is handed to a thread of its own, and their number is capped by the dashboard).
 * Start with the constructor, stop with {@link #close()}. Thread-safe.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final String JSON = "application/json; charset=utf-8";

    /** Requests served at once; slow ones are cut at their deadline, so a few clients cannot hold them all long. */
    static final int THREADS = 8;

    private static final DeadlineFilter DEADLINES = new DeadlineFilter();

    private final HttpServer server;
    private final DeadlineExecutor executor;
    private final OpsGuard guard;

    /**
     * @param bindAddress address to listen on, such as 127.0.0.1 or 0.0.0.0
     * @param port        port, 0 for any free one
     * @param metrics     renders {@code /metrics} (Prometheus text format)
     * @param health      runs the readiness checks of {@code /health}
     * @param liveness    runs the liveness checks of {@code /health/live}
     * @param dashboard   serves {@code /}, or null for none
     * @throws IOException when the port cannot be bound (in use, not permitted)
     */
    public OpsServer(String bindAddress, int port, Supplier<String> metrics, Supplier<HealthReport> health,
                     Supplier<HealthReport> liveness, Dashboard dashboard) throws IOException {
        this(bindAddress, port, OpsSettings.Access.defaults(), metrics, health, liveness, dashboard);
    }

    /**
     * As {@link #OpsServer(String, int, Supplier, Supplier, Supplier, Dashboard)}, guarded by {@code access}.
     *
     * @param access allowed host names, the ops token and the request timeout ({@code http.*})
     */
    public OpsServer(String bindAddress, int port, OpsSettings.Access access, Supplier<String> metrics,
                     Supplier<HealthReport> health, Supplier<HealthReport> liveness, Dashboard dashboard)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
        guard = new OpsGuard(access);
        HttpContext root = server.createContext("/", exchange -> handle(exchange, metrics, health, liveness, dashboard));
        root.getFilters().add(DEADLINES);
        root.getFilters().add(guard);
        executor = new DeadlineExecutor("ops-http", THREADS, access.requestTimeout());
        server.setExecutor(executor);
        server.start();
        LOG.info("Ops endpoint listening on http://{}:{}/ ({}/metrics, /health, /health/live).", bindAddress, port(),
                dashboard == null ? "" : "dashboard at /, ");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Serves every path under {@code prefix} with {@code handler}, which then answers every method itself and
     * closes each exchange.
     *
     * @param prefix a path ending in '/', such as {@code /feeds/}
     */
    public void route(String prefix, HttpHandler handler) {
        HttpContext context = server.createContext(prefix, handler);
        context.getFilters().add(DEADLINES);
        context.getFilters().add(guard);
        LOG.info("Ops endpoint serves {} too.", prefix);
    }

    private static void handle(HttpExchange exchange, Supplier<String> metrics, Supplier<HealthReport> health,
                               Supplier<HealthReport> liveness, Dashboard dashboard) throws IOException {
        boolean handedOver = false;
        try {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n");
                return;
            }
            if (dashboard != null && Dashboard.serves(path)) {
                handedOver = true;
                dashboard.handle(exchange);
                return;
            }
            switch (path) {
                case "/metrics" -> respond(exchange, 200, ProcessMeters.CONTENT_TYPE, metrics.get());
                case "/health" -> {
                    HealthReport report = health.get();
                    respond(exchange, report.up() ? 200 : 503, JSON, report.toJson());
                }
                case "/health/live" -> {
                    HealthReport report = liveness.get();
                    respond(exchange, report.up() ? 200 : 503, JSON, report.toJson());
                }
                default -> respond(exchange, 404, "text/plain; charset=utf-8", dashboard == null
                        ? "Not found. Try /metrics, /health or /health/live.\n"
                        : "Not found. Try / (the dashboard), /metrics, /health or /health/live.\n");
            }
        } catch (RuntimeException e) {
            LOG.warn("Ops request {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
            if (handedOver) {
                exchange.close();
            }
        } finally {
            if (!handedOver) {
                exchange.close();
            }
        }
    }

    static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}

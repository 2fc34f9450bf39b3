package dev.newswatch.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import dev.newswatch.core.net.DeadlineExecutor;
import dev.newswatch.core.net.DeadlineFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-click unsubscribe endpoint (RFC 8058) on 127.0.0.1: {@code POST /unsubscribe?s=ID&t=TOKEN}
 * unsubscribes; {@code GET} only shows a confirmation page with a button, and changes nothing (mail scanners
 * follow links). Put it behind the https address configured as {@code alerts.public-base-url}. A POST body over
 * {@value #MAX_BODY_BYTES} bytes gets 413; a request not read within {@code REQUEST_TIMEOUT} (10 s), or whose answer
 * is not written within it, has its connection closed.
 */
public final class UnsubscribeServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeServer.class);

    /** The largest POST body read (RFC 8058 sends "List-Unsubscribe=One-Click", 26 bytes); larger bodies get 413. */
    static final int MAX_BODY_BYTES = 1024;
    /** A request must arrive within this, and its answer be written within this, or its connection is closed. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpServer server;
    private final DeadlineExecutor executor;

    /**
     * @param port        port on 127.0.0.1 (0: any free port)
     * @param links       checks tokens
     * @param unsubscribe disables a subscription (id, reason); returns false when it does not exist
     */
    public UnsubscribeServer(int port, UnsubscribeLinks links, BiPredicate<String, String> unsubscribe) throws IOException {
        this(port, links, unsubscribe, REQUEST_TIMEOUT);
    }

    /** As {@link #UnsubscribeServer(int, UnsubscribeLinks, BiPredicate)}, with another request deadline (tests). */
    UnsubscribeServer(int port, UnsubscribeLinks links, BiPredicate<String, String> unsubscribe, Duration requestTimeout)
            throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/unsubscribe", exchange -> handle(exchange, links, unsubscribe))
                .getFilters().add(new DeadlineFilter());
        executor = new DeadlineExecutor("unsubscribe-http", 4, requestTimeout);
        server.setExecutor(executor);
        server.start();
        LOG.info("Unsubscribe endpoint listening on http://127.0.0.1:{}/unsubscribe.", port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(HttpExchange exchange, UnsubscribeLinks links, BiPredicate<String, String> unsubscribe)
            throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String id = query.get("s");
        String token = query.get("t");
        if (!links.valid(id, token)) {
            respond(exchange, 403, "This unsubscribe link is not valid.");
            return;
        }
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            String action = "/unsubscribe?s=" + escape(id) + "&amp;t=" + escape(token);
            respond(exchange, 200, "<p>Stop Newswatch alerts for subscription <b>" + escape(id) + "</b>?</p>"
                    + "<form method=\"post\" action=\"" + action + "\"><button type=\"submit\">Unsubscribe</button></form>");
            return;
        }
        if (!"POST".equals(method)) {
            exchange.getResponseHeaders().add("Allow", "GET, POST");
            respond(exchange, 405, "Use POST to unsubscribe.");
            return;
        }
        if (!bodyWithinCap(exchange)) {
            exchange.getResponseHeaders().add("Connection", "close");
            respond(exchange, 413, "<p>The request body is too large.</p>");
            return;
        }
        if (unsubscribe.test(id, "unsubscribed by the recipient")) {
            LOG.info("Subscription {} unsubscribed through its one-click link.", id);
            respond(exchange, 200, "<p>You are unsubscribed: subscription <b>" + escape(id) + "</b> will send no more alerts.</p>");
        } else {
            respond(exchange, 404, "<p>No such subscription.</p>");
        }
    }

    /** Reads the body up to {@link #MAX_BODY_BYTES}; false when the declared or actual length is larger. */
    private static boolean bodyWithinCap(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.trim()) > MAX_BODY_BYTES) {
                    return false;
                }
            } catch (NumberFormatException e) {
                return false;
            }
        }
        byte[] read = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        return read.length <= MAX_BODY_BYTES;
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = ("<!doctype html><meta charset=\"utf-8\"><title>Newswatch</title>" + body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, "HEAD".equals(exchange.getRequestMethod()) ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!"HEAD".equals(exchange.getRequestMethod())) {
                out.write(bytes);
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String escape(String s) {
        return dev.newswatch.alerts.channel.HtmlEscaper.escape(s);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.close();
    }
}

package dev.newswatch.alerts.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code GET /feeds/alerts.atom?subscription=ID&token=TOKEN} (Atom 1.0) and {@code /feeds/alerts.json}
 * (JSON Feed 1.1) from an {@link AlertFeedStore}. An unknown subscription, one that is not a feed, a wrong or
 * missing token and an unknown path all get the same 404 with the same body, so a caller learns nothing about
 * which subscriptions exist. Tokens never reach a log. Thread-safe.
 */
public final class AlertFeedHandler implements HttpHandler {

    /** The path prefix this handler is mounted at. */
    public static final String PREFIX = "/feeds/";
    static final String ATOM_PATH = "/feeds/alerts.atom";
    static final String JSON_PATH = "/feeds/alerts.json";
    static final String NOT_FOUND = "Not found.\n";

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeedHandler.class);

    private final AlertFeedStore store;
    private final AlertFeedRenderer renderer = new AlertFeedRenderer();

    public AlertFeedHandler(AlertFeedStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!"GET".equals(method) && !"HEAD".equals(method)) {
                exchange.getResponseHeaders().add("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            boolean atom = ATOM_PATH.equals(path);
            if (!atom && !JSON_PATH.equals(path)) {
                respond(exchange, 404, "text/plain; charset=utf-8", NOT_FOUND);
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            Optional<AlertFeedStore.Feed> feed = store.open(query.get("subscription"), query.get("token"));
            if (feed.isEmpty()) {
                LOG.debug("Alerts feed request for subscription '{}' refused (unknown, not a feed, or wrong token).",
                        query.get("subscription"));
                respond(exchange, 404, "text/plain; charset=utf-8", NOT_FOUND);
                return;
            }
            if (atom) {
                respond(exchange, 200, AlertFeedRenderer.ATOM_TYPE, renderer.atom(feed.get()));
            } else {
                respond(exchange, 200, AlertFeedRenderer.JSON_FEED_TYPE, renderer.jsonFeed(feed.get()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Serving an alerts feed failed: {}", e.toString());
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
                try {
                    out.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // A malformed escape: the parameter is ignored, and the request ends as a 404.
                }
            }
        }
        return out;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "private, no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}

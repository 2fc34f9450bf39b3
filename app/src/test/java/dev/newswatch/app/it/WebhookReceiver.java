package dev.newswatch.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.core.serde.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A webhook endpoint on 127.0.0.1 for the alerts end-to-end tests: records every request (headers, body,
 * wall-clock receipt time) and answers with the status the test sets (200 unless told otherwise).
 * Thread-safe.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as the receiver saw it; header names are lower-case. */
    public record Request(long receivedAtMillis, Map<String, String> headers, String body, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        /** The JSON body of a single-alert call. */
        public JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("webhook body is not JSON: " + body, e);
            }
        }

        public String alertId() {
            return json().path("alertId").asText();
        }

        /** The request as {@code newswatch webhook verify} reads it: request line, headers, blank line, body. */
        public String dump() {
            StringBuilder out = new StringBuilder("POST /hook HTTP/1.1\r\n");
            headers.forEach((k, v) -> out.append(k).append(": ").append(v).append("\r\n"));
            return out.append("\r\n").append(body).toString();
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "webhook-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile long lastRequestNanos = System.nanoTime();

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The URL of this receiver's hook path. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** From now on, answer every request with {@code status}. */
    public void answer(int status) {
        this.status = status;
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    /** Nanoseconds (System.nanoTime) since the last request arrived, or since the receiver started. */
    public long quietNanos() {
        return System.nanoTime() - lastRequestNanos;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            long now = System.currentTimeMillis();
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(", ", v)));
            int answer = status;
            requests.add(new Request(now, headers, new String(body, StandardCharsets.UTF_8), answer));
            lastRequestNanos = System.nanoTime();
            byte[] reply = (answer == 410 ? "gone" : "ok").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer, reply.length);
            exchange.getResponseBody().write(reply);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

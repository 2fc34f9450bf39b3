package dev.newswatch.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Local stand-ins for the chat services on 127.0.0.1, one HTTP server with a route per platform: {@code /slack},
 * {@code /teams}, {@code /discord} (incoming webhooks) and {@code /bot<token>/sendMessage} (the Telegram Bot API,
 * under {@link #telegramBase()}). Each request is checked with {@link ChatPayloadRules}; an invalid one is answered
 * 400 as the service would, a valid one with the service's success answer (Slack 200 "ok", Teams 202, Discord 204,
 * Telegram 200 {@code {"ok":true}}), unless the test queued another answer for that platform with {@link #answer}.
 * A Telegram call with another token than {@link #telegramToken()} is answered 401. Thread-safe.
 */
public final class ChatReceiver implements AutoCloseable {

    /**
     * One request as received.
     *
     * @param platform   slack, teams, discord or telegram
     * @param body       the body as text
     * @param violations the rules of {@link ChatPayloadRules} it breaks
     * @param answered   the status it was answered with
     */
    public record Request(String platform, String body, List<String> violations, int answered) {
    }

    /** An answer to give instead of the default one. */
    public record Answer(int status, Map<String, String> headers, String body) {
    }

    private final String telegramToken;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "chat-receiver");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Answer>> scripted = new HashMap<>();

    /** A receiver that accepts Telegram calls for {@code telegramToken}. */
    public ChatReceiver(String telegramToken) throws IOException {
        this.telegramToken = telegramToken;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The incoming-webhook URL of {@code platform} (slack, teams, discord). */
    public String url(String platform) {
        return base() + "/" + platform;
    }

    /** The Bot API base URL, for a subscription's {@code api-base-url}. */
    public String telegramBase() {
        return base();
    }

    public String telegramToken() {
        return telegramToken;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues {@code answer} for the next request of {@code platform}. */
    public synchronized void answer(String platform, Answer answer) {
        scripted.computeIfAbsent(platform, k -> new ArrayDeque<>()).add(answer);
    }

    /** Every request so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests of {@code platform} so far. */
    public List<Request> requests(String platform) {
        return requests.stream().filter(r -> r.platform().equals(platform)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            String platform;
            boolean authorised = true;
            if (path.startsWith("/bot") && path.endsWith("/sendMessage")) {
                platform = "telegram";
                authorised = path.equals("/bot" + telegramToken + "/sendMessage");
            } else {
                platform = path.substring(1);
            }
            List<String> violations = "POST".equals(exchange.getRequestMethod())
                    ? ChatPayloadRules.violations(platform, body) : List.of("method " + exchange.getRequestMethod());
            Answer answer = next(platform);
            if (!authorised) {
                answer = new Answer(401, Map.of(), "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
            } else if (!violations.isEmpty()) {
                answer = new Answer(400, Map.of(), "invalid payload: " + violations);
            } else if (answer == null) {
                answer = success(platform);
            }
            requests.add(new Request(platform, body, violations, answer.status()));
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), answer.status() == 204 || bytes.length == 0 ? -1 : bytes.length);
            if (answer.status() != 204 && bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private synchronized Answer next(String platform) {
        Deque<Answer> queue = scripted.get(platform);
        return queue == null ? null : queue.poll();
    }

    private static Answer success(String platform) {
        return switch (platform) {
            case "slack" -> new Answer(200, Map.of("Content-Type", "text/plain"), "ok");
            case "teams" -> new Answer(202, Map.of(), "");
            case "discord" -> new Answer(204, Map.of(), "");
            case "telegram" -> new Answer(200, Map.of("Content-Type", "application/json"),
                    "{\"ok\":true,\"result\":{\"message_id\":1}}");
            default -> new Answer(404, Map.of(), "no such webhook");
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package dev.newswatch.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A WebSub hub and publisher on 127.0.0.1 for tests, written from the W3C Recommendation: it serves one feed
 * document at {@code /feed}, takes subscription requests at {@code /hub} (202, then verifies the intent by calling
 * the callback with a random challenge, and activates the subscription only when the challenge comes back), and
 * {@link #publish} POSTs content to every active subscriber of a topic, signed with HMAC-SHA256 of its secret.
 * Thread-safe.
 */
public final class LocalWebSubHub implements AutoCloseable {

    /** An active subscription as the hub holds it. */
    public record Subscription(URI callback, String secret, int leaseSeconds) {
    }

    private final HttpServer server;
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "test-hub");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService verifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-hub-verifier");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
    private final AtomicInteger subscribeRequests = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicInteger feedRequests = new AtomicInteger();
    private volatile String feed = "";
    private volatile int leaseSeconds = 3600;
    private volatile int refuseWith;
    private volatile boolean verify = true;

    public LocalWebSubHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed", this::serveFeed);
        server.createContext("/hub", this::serveHub);
        server.setExecutor(serverThreads);
        server.start();
    }

    public URI hubUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hub");
    }

    public URI feedUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/feed");
    }

    /** Sets the document served at {@link #feedUrl()}. */
    public void feed(String document) {
        this.feed = document;
    }

    /** The lease granted to the next verified subscriptions. */
    public void leaseSeconds(int seconds) {
        this.leaseSeconds = seconds;
    }

    /** Answers the next subscription requests with this status (0: accept with 202). */
    public void refuseWith(int status) {
        this.refuseWith = status;
    }

    /** Whether the hub verifies accepted requests (false: it accepts them and never calls back). */
    public void verify(boolean on) {
        this.verify = on;
    }

    public int feedRequests() {
        return feedRequests.get();
    }

    public int subscribeRequests() {
        return subscribeRequests.get();
    }

    /** Subscriptions and renewals whose challenge came back. */
    public int verifications() {
        return verifications.get();
    }

    /** The active subscription to {@code topic}, or null. */
    public Subscription subscription(URI topic) {
        return subscriptions.get(topic.toString());
    }

    /**
     * Sends {@code body} to the subscriber of {@code topic}, signed with its secret.
     *
     * @return the subscriber's HTTP status
     */
    public int publish(URI topic, byte[] body) throws IOException, InterruptedException {
        Subscription s = requireSubscription(topic);
        return post(s.callback(), body, "sha256=" + hmacSha256(s.secret(), body));
    }

    /** Sends {@code body} to the subscriber of {@code topic} with the given signature header (null: none). */
    public int publishSigned(URI topic, byte[] body, String signature) throws IOException, InterruptedException {
        return post(requireSubscription(topic).callback(), body, signature);
    }

    /** Calls a callback as a hub verifying intent would, with any topic; returns the status and body. */
    public HttpResponse<String> verifyIntent(URI callback, String mode, String topic, String challenge)
            throws IOException, InterruptedException {
        URI uri = URI.create(callback + "?hub.mode=" + enc(mode) + "&hub.topic=" + enc(topic) + "&hub.challenge="
                + enc(challenge) + "&hub.lease_seconds=" + leaseSeconds);
        return client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Subscription requireSubscription(URI topic) {
        Subscription s = subscriptions.get(topic.toString());
        if (s == null) {
            throw new IllegalStateException("no active subscription to " + topic + "; active: " + subscriptions.keySet());
        }
        return s;
    }

    /** POSTs {@code body} to any callback with the given signature header (null: none); returns the status. */
    public int post(URI callback, byte[] body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(callback)
                .header("Content-Type", "application/atom+xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private void serveFeed(HttpExchange exchange) throws IOException {
        feedRequests.incrementAndGet();
        respond(exchange, 200, feed, "application/atom+xml; charset=utf-8");
    }

    private void serveHub(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals("POST")) {
            respond(exchange, 405, "", "text/plain");
            return;
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String mode = form.get("hub.mode");
        String topic = form.get("hub.topic");
        String callback = form.get("hub.callback");
        if (mode == null || topic == null || callback == null) {
            respond(exchange, 400, "hub.mode, hub.topic and hub.callback are required", "text/plain");
            return;
        }
        if ("subscribe".equals(mode)) {
            subscribeRequests.incrementAndGet();
        }
        int refuse = refuseWith;
        if (refuse != 0) {
            respond(exchange, refuse, "refused by the test", "text/plain");
            return;
        }
        respond(exchange, 202, "", "text/plain");
        if (verify) {
            String secret = form.get("hub.secret");
            int lease = leaseSeconds;
            verifier.execute(() -> verifyAndApply(mode, topic, URI.create(callback), secret, lease));
        }
    }

    private void verifyAndApply(String mode, String topic, URI callback, String secret, int lease) {
        String challenge = UUID.randomUUID().toString();
        try {
            HttpResponse<String> answer = verifyIntent(callback, mode, topic, challenge);
            if (answer.statusCode() / 100 != 2 || !challenge.equals(answer.body())) {
                return;
            }
        } catch (IOException | InterruptedException e) {
            return;
        }
        if ("subscribe".equals(mode)) {
            subscriptions.put(topic, new Subscription(callback, secret, lease));
            verifications.incrementAndGet();
        } else if ("unsubscribe".equals(mode)) {
            subscriptions.remove(topic);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** HMAC-SHA256 of {@code body} keyed with {@code secret}, in lower-case hex. */
    public static String hmacSha256(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, int status, String text, String type) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        verifier.shutdownNow();
        serverThreads.shutdownNow();
    }
}

package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.api.BearerAuth;
import dev.newswatch.core.config.OpsSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guards of the ops endpoint on a real server on 127.0.0.1, reached by java.net.http and, where a client would not
 * send what an attacker sends (a foreign Host, a request that never ends), by raw sockets: Host and Origin checks,
 * the ops token and its browser cookie, and the request deadline against slowloris clients.
 */
class OpsGuardTest {

    private static final String TOKEN = "nw_ops-test-token-0123456789";
    private static final String METRICS = "newswatch_up 1.0\n";
    /** The request deadline of these tests; the liveness bounds below are generous multiples of it. */
    private static final Duration DEADLINE = Duration.ofSeconds(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger bodiesRead = new AtomicInteger();
    /** Released by the test: the slow route's stand-in for a long Kafka call waits for it. */
    private final java.util.concurrent.CountDownLatch slowWork = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch slowStarted = new java.util.concurrent.CountDownLatch(1);
    private OpsServer server;

    @BeforeEach
    void start() throws Exception {
        server = serve(new OpsSettings.Access(List.of("newswatch.example.com"), null, false, 4, DEADLINE));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private OpsServer serve(OpsSettings.Access access) throws IOException {
        Health health = new Health().add("broker", () -> CheckResult.up("1 broker"));
        OpsServer s = new OpsServer("127.0.0.1", 0, access, () -> METRICS, health::report, health::report, null);
        // A route that reads its body, as the API and the alert feeds do.
        s.route("/echo/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                bodiesRead.incrementAndGet();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        // A route whose work, after the request was read, takes as long as the test wants (a slow Kafka write).
        s.route("/slow/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                slowStarted.countDown();
                boolean released = slowWork.await(60, java.util.concurrent.TimeUnit.SECONDS);
                byte[] body = (released ? "done" : "never released").getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the slow work was interrupted", e);
            }
        });
        return s;
    }

    @Test
    void shouldRefuseAHostNameThatIsNotThisEndpointsAsADnsRebindingPageSendsIt() throws Exception {
        // When a page of attacker.example, its name rebound to 127.0.0.1, reads the endpoint
        String answer = raw("GET /metrics HTTP/1.1\r\nHost: attacker.example:" + server.port() + "\r\n\r\n");

        // Then it gets 403 and none of the data
        assertTrue(answer.startsWith("HTTP/1.1 403 "), answer);
        assertTrue(!answer.contains(METRICS), answer);
    }

    @Test
    void shouldServeIpLiteralsLocalhostAndTheAllowedHostNames() throws Exception {
        for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "[::1]:" + server.port(),
                "10.1.2.3", "newswatch.example.com", "NewsWatch.Example.com:443")) {
            String answer = raw("GET /metrics HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 200 ") && answer.endsWith(METRICS), host + ": " + answer);
        }
    }

    @Test
    void shouldRefuseACrossOriginRequestAndServeASameOriginOne() throws Exception {
        // Given
        String self = "http://127.0.0.1:" + server.port();

        // When / Then
        assertEquals(403, get("/metrics", "Origin", "https://attacker.example").statusCode());
        assertEquals(403, get("/health", "Origin", "null").statusCode());
        assertEquals(403, post("/echo/x", "Origin", "https://attacker.example").statusCode());
        assertEquals(0, bodiesRead.get(), "a refused request never reaches its handler");
        assertEquals(200, get("/metrics", "Origin", self).statusCode());
        assertEquals(200, get("/metrics", "Origin", "https://newswatch.example.com").statusCode(),
                "an allowed host behind an https reverse proxy");
        assertEquals(200, post("/echo/x", "Origin", self).statusCode());
    }

    @Test
    void shouldAskForTheOpsTokenExceptOnTheProbesAndRoutesWithTheirOwnTokens() throws Exception {
        // Given an endpoint with an ops token
        server.close();
        server = serve(new OpsSettings.Access(List.of(), BearerAuth.hash(TOKEN), false, 4, DEADLINE));

        // When / Then
        HttpResponse<String> none = get("/metrics");
        assertEquals(401, none.statusCode());
        assertEquals("Bearer realm=\"newswatch-ops\"", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, get("/metrics", "Authorization", "Bearer wrong-token").statusCode());
        HttpResponse<String> bearer = get("/metrics", "Authorization", "Bearer " + TOKEN);
        assertEquals(200, bearer.statusCode());
        assertEquals(METRICS, bearer.body());
        assertEquals(200, get("/health").statusCode(), "probes need no token");
        assertEquals(200, get("/health/live").statusCode());
        assertEquals(404, get("/feeds/alerts.atom").statusCode(), "the alert feeds check their own token");
    }

    @Test
    void shouldLetABrowserSignInOnceWithTheTokenInTheAddressAndThenUseItsCookie() throws Exception {
        // Given an endpoint with an ops token
        server.close();
        server = serve(new OpsSettings.Access(List.of(), BearerAuth.hash(TOKEN), false, 4, DEADLINE));

        // When the browser opens the page with the token once
        HttpResponse<String> signIn = get("/metrics?token=" + TOKEN);

        // Then it is sent to the page without the token, with a session cookie that is not the token
        assertEquals(303, signIn.statusCode());
        assertEquals("/metrics", signIn.headers().firstValue("Location").orElse(""));
        String cookie = signIn.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.startsWith(OpsGuard.COOKIE + "=") && cookie.contains("HttpOnly")
                && cookie.contains("SameSite=Strict") && !cookie.contains(TOKEN), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));
        HttpResponse<String> withCookie = get("/metrics", "Cookie", session);
        assertEquals(200, withCookie.statusCode());
        assertEquals(METRICS, withCookie.body());
        assertEquals(401, get("/metrics", "Cookie", OpsGuard.COOKIE + "=forged").statusCode());
        assertEquals(401, get("/metrics?token=wrong").statusCode());
    }

    @Test
    void shouldCloseARequestWhoseHeadersNeverEndAndKeepServingOthers() throws Exception {
        // Given more slow clients than the endpoint has threads, each sending half a request and then nothing
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < OpsServer.THREADS + 2; i++) {
                Socket socket = socket();
                socket.getOutputStream().write(("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }

            // Then each is closed by the server, with no answer
            for (Socket socket : slow) {
                assertEquals("", readAll(socket), "a slow request gets no answer");
            }

            // And the endpoint still answers a normal request
            assertEquals(200, get("/health").statusCode());
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void shouldCloseARequestWhoseBodyNeverArrivesInFull() throws Exception {
        try (Socket socket = socket()) {
            // When a client announces 100 bytes and sends 10
            OutputStream out = socket.getOutputStream();
            out.write(("POST /echo/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n0123456789")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // Then the server closes the connection at the deadline, and the handler never got a body
            assertEquals("", readAll(socket));
            assertEquals(0, bodiesRead.get());
        }
        // And a complete body is served as before
        assertEquals("hello", post("/echo/x", "X-Test", "1").body());
    }

    @Test
    void shouldNotCutOffAHandlerWhoseOwnWorkOutlastsTheDeadline() throws Exception {
        // Given a complete request whose handler then works (a Kafka write, say)
        var answer = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow/x"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        // When a request deadline passes meanwhile (a half-sent request opened after the work began is cut off)
        assertTrue(slowStarted.await(30, java.util.concurrent.TimeUnit.SECONDS), "the slow work began");
        try (Socket slow = socket()) {
            slow.getOutputStream().write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
            slow.getOutputStream().flush();
            assertEquals("", readAll(slow));
        }
        slowWork.countDown();

        // Then the handler still answers: only reading the request and writing the answer are bounded
        HttpResponse<String> response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertEquals("done", response.body());
    }

    private Socket socket() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        // A liveness bound only: the server closes at its 1 s deadline; 30 s means it never did.
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Everything the server sends until it closes the connection (a reset counts as closed). */
    private static String readAll(Socket socket) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server did not close a slow request within 30 s", e);
        } catch (java.net.SocketException e) {
            // Connection reset: closed by the server.
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = socket()) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            return readAll(socket);
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).POST(HttpRequest.BodyPublishers.ofString("hello"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

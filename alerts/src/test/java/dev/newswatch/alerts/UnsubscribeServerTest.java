package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-click unsubscribe endpoint on 127.0.0.1 (RFC 8058): only a POST with a valid token unsubscribes;
 * GET shows a confirmation form (mail scanners follow links); bad tokens and other methods are refused.
 */
class UnsubscribeServerTest {

    private static final byte[] KEY = "unsubscribe-test-key-0123456789ab".getBytes(StandardCharsets.UTF_8);
    private static final String RFC_8058_BODY = "List-Unsubscribe=One-Click";

    private final UnsubscribeLinks links = new UnsubscribeLinks(KEY, "https://alerts.example.com", null);
    /** Subscriptions that exist; the unsubscribe callback records each call. */
    private final Set<String> existing = Set.of("analyst-email", "a\"><script>x</script>");
    private final List<String> unsubscribed = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private UnsubscribeServer server;

    @BeforeEach
    void start() throws IOException {
        // A 1 s request deadline instead of 10 s, so that the slow-client case ends soon.
        server = new UnsubscribeServer(0, links, (id, reason) -> {
            unsubscribed.add(id + ": " + reason);
            return existing.contains(id);
        }, Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldListenOnAFreePortWhenGivenZero() {
        assertTrue(server.port() > 0, "port " + server.port());
    }

    @Test
    void shouldShowAConfirmationFormOnGetAndChangeNothing() throws Exception {
        // When a mail scanner (or the recipient) follows the link
        HttpResponse<String> response = send("GET", query("analyst-email", links.token("analyst-email")), null);

        // Then a page with a POST form to the same link, and nobody is unsubscribed
        assertEquals(200, response.statusCode());
        assertEquals(Optional.of("text/html; charset=utf-8"), response.headers().firstValue("Content-Type"));
        String body = response.body();
        assertTrue(body.contains("<form method=\"post\" action=\"/unsubscribe?s=analyst-email&amp;t="
                + links.token("analyst-email") + "\">"), body);
        assertTrue(body.contains("<b>analyst-email</b>"), body);
        assertEquals(List.of(), unsubscribed);
    }

    @Test
    void shouldAnswerHeadWithoutABodyAndChangeNothing() throws Exception {
        HttpResponse<String> response = send("HEAD", query("analyst-email", links.token("analyst-email")), null);

        assertEquals(200, response.statusCode());
        assertEquals("", response.body());
        assertEquals(List.of(), unsubscribed);
    }

    @Test
    void shouldUnsubscribeOnceOnAOneClickPost() throws Exception {
        // When the mail client posts List-Unsubscribe=One-Click to the link (RFC 8058)
        HttpResponse<String> response = send("POST", query("analyst-email", links.token("analyst-email")), RFC_8058_BODY);

        // Then the subscription is disabled exactly once, with a reason
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("You are unsubscribed"), response.body());
        assertEquals(List.of("analyst-email: unsubscribed by the recipient"), unsubscribed);
    }

    @Test
    void shouldAnswerNotFoundWhenTheSubscriptionNoLongerExists() throws Exception {
        // Given a valid token for a subscription that was removed meanwhile
        HttpResponse<String> response = send("POST", query("removed-sub", links.token("removed-sub")), RFC_8058_BODY);

        assertEquals(404, response.statusCode());
        assertEquals(List.of("removed-sub: unsubscribed by the recipient"), unsubscribed);
    }

    @Test
    void shouldRefuseABadTokenWithForbiddenAndChangeNothing() throws Exception {
        String othersToken = links.token("someone-else");

        assertEquals(403, send("POST", query("analyst-email", othersToken), RFC_8058_BODY).statusCode());
        assertEquals(403, send("GET", query("analyst-email", othersToken), null).statusCode());
        assertEquals(403, send("POST", "?s=analyst-email", RFC_8058_BODY).statusCode(), "no token");
        assertEquals(403, send("POST", "", RFC_8058_BODY).statusCode(), "no query");
        assertEquals(List.of(), unsubscribed);
    }

    @Test
    void shouldRefuseOtherMethodsWithMethodNotAllowed() throws Exception {
        HttpResponse<String> put = send("PUT", query("analyst-email", links.token("analyst-email")), RFC_8058_BODY);
        HttpResponse<String> delete = send("DELETE", query("analyst-email", links.token("analyst-email")), null);

        assertEquals(405, put.statusCode());
        assertEquals(Optional.of("GET, POST"), put.headers().firstValue("Allow"));
        assertEquals(405, delete.statusCode());
        assertEquals(List.of(), unsubscribed);
    }

    @Test
    void shouldEscapeTheSubscriptionIdInThePage() throws Exception {
        // Given a (signed) id full of markup: the page must not echo it as HTML
        String id = "a\"><script>x</script>";

        HttpResponse<String> response = send("GET", query(id, links.token(id)), null);

        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("<script>"), response.body());
        assertFalse(response.body().contains("a\">"), response.body());
        assertTrue(response.body().contains("<b>a&quot;&gt;&lt;script&gt;x&lt;/script&gt;</b>"), response.body());
        assertEquals(List.of(), unsubscribed);
    }

    @Test
    void shouldRefuseAnOversizedPostBodyWithoutUnsubscribing() throws Exception {
        // Given a raw client that declares a body far beyond the cap (and never needs to send it)
        String target = "/unsubscribe" + query("analyst-email", links.token("analyst-email"));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[UnsubscribeServer.MAX_BODY_BYTES * 2]);
            out.flush();

            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();

            // Then the server answers 413 and unsubscribes nobody
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 413 "), statusLine);
        }
        assertEquals(List.of(), unsubscribed);
    }

    @Test
    void shouldCloseAPostWhoseBodyNeverArrivesWithoutUnsubscribing() throws Exception {
        // Given a raw client that declares a small body, sends part of it and then nothing (slowloris)
        String target = "/unsubscribe" + query("analyst-email", links.token("analyst-email"));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            // A liveness bound only: the server closes at its 1 s deadline.
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 26\r\n\r\nList-Unsub").getBytes(StandardCharsets.US_ASCII));
            out.flush();

            // Then the server closes the connection with no answer, and unsubscribes nobody
            int first;
            try {
                first = socket.getInputStream().read();
            } catch (java.net.SocketException reset) {
                first = -1;
            }
            assertEquals(-1, first, "the connection is closed without an answer");
        }
        assertEquals(List.of(), unsubscribed);
    }

    // ---- helpers ----

    private static String query(String id, String token) {
        return "?s=" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "&t=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(String method, String query, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/unsubscribe" + query))
                .timeout(Duration.ofSeconds(10))
                .method(method, publisher);
        if (body != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}

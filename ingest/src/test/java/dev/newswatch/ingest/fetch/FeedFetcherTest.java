package dev.newswatch.ingest.fetch;

import static dev.newswatch.ingest.fetch.TestFeedServer.redirect;
import static dev.newswatch.ingest.fetch.TestFeedServer.respond;
import static dev.newswatch.ingest.fetch.TestFeedServer.respondChunked;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.fetch.FetchResult.Failed;
import dev.newswatch.ingest.fetch.FetchResult.Fetched;
import dev.newswatch.ingest.fetch.FetchResult.NotModified;
import dev.newswatch.testkit.LoopbackPorts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fetcher against a real HTTP server on 127.0.0.1, one named route per behaviour. */
class FeedFetcherTest {

    private static final Instant NOW = Instant.parse("2025-06-02T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final NetworkPolicy LOOPBACK_ALLOWED = new NetworkPolicy(List.of("127.0.0.0/8"), List.of());
    private static final byte[] FEED = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Deals</title>"
            + "<item><title>Amazon in talks to invest more than $10 billion in OpenAI</title></item>"
            + "</channel></rss>").getBytes(UTF_8);
    private static final String ETAG = "\"v1\"";
    private static final String LAST_MODIFIED = "Mon, 02 Jun 2025 07:00:00 GMT";
    private static final int ONE_MIB = 1024 * 1024;

    private static TestFeedServer server;

    @BeforeAll
    static void startServer() throws IOException {
        byte[] bomb = gzip(new byte[50 * ONE_MIB]);
        server = TestFeedServer.start()
                .route("/feed.xml", exchange -> respond(exchange, 200, FEED,
                        "Content-Type", "application/rss+xml; charset=utf-8",
                        "ETag", ETAG,
                        "Last-Modified", LAST_MODIFIED,
                        "Cache-Control", "public, max-age=300"))
                .route("/conditional.xml", FeedFetcherTest::conditional)
                .route("/gzip.xml", exchange -> respond(exchange, 200, gzip(FEED), "Content-Encoding", "gzip"))
                .route("/deflate.xml", exchange -> respond(exchange, 200, deflate(FEED, false),
                        "Content-Encoding", "deflate"))
                .route("/raw-deflate.xml", exchange -> respond(exchange, 200, deflate(FEED, true),
                        "Content-Encoding", "deflate"))
                .route("/hop1", exchange -> respond(exchange, 301, new byte[0], "Location", server.uri("/hop2").toString()))
                .route("/hop2", redirect(302, "hop3"))
                .route("/hop3", redirect(307, "/feed.xml#latest"))
                .route("/loop-a", redirect(302, "/loop-b"))
                .route("/loop-b", redirect(302, "/loop-a"))
                .route("/chain/", FeedFetcherTest::endlessChain)
                .route("/missing.xml", exchange -> respond(exchange, 404, new byte[0]))
                .route("/gone.xml", exchange -> respond(exchange, 410, new byte[0]))
                .route("/rate-limited.xml", exchange -> respond(exchange, 429, new byte[0], "Retry-After", "120"))
                .route("/rate-limited-until.xml", exchange -> respond(exchange, 429, new byte[0],
                        "Retry-After", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                                NOW.plusSeconds(90).atOffset(ZoneOffset.UTC))))
                .route("/broken.xml", exchange -> respond(exchange, 500, "boom".getBytes(UTF_8)))
                .route("/unavailable.xml", exchange -> respond(exchange, 503, new byte[0], "Retry-After", "30"))
                .route("/slow-body.xml", FeedFetcherTest::slowBody)
                .route("/slow-headers.xml", FeedFetcherTest::slowHeaders)
                .route("/big.xml", exchange -> respond(exchange, 200, new byte[2 * ONE_MIB]))
                .route("/big-chunked.xml", exchange -> respondChunked(exchange, new byte[2 * ONE_MIB]))
                .route("/bomb.xml", exchange -> respond(exchange, 200, bomb, "Content-Encoding", "gzip"))
                .route("/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"))
                .route("/to-file", redirect(302, "file:///etc/passwd"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void shouldReturnBodyValidatorsAndMaxAgeWhenTheServerAnswers200() {
        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/feed.xml")));

        // Then
        Fetched fetched = assertInstanceOf(Fetched.class, result, result::toString);
        assertEquals(server.uri("/feed.xml"), fetched.finalUri());
        assertEquals(200, fetched.status());
        assertArrayEquals(FEED, fetched.body());
        assertEquals("application/rss+xml; charset=utf-8", fetched.contentType());
        assertEquals(ETAG, fetched.etag());
        assertEquals(LAST_MODIFIED, fetched.lastModified());
        assertEquals(Duration.ofSeconds(300), fetched.cacheMaxAge());
    }

    @Test
    void shouldSendAnIdentifyingUserAgentOnEveryRequest() {
        // When
        fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/feed.xml")));

        // Then
        assertEquals(FetcherSettings.DEFAULT_USER_AGENT, server.lastRequest("/feed.xml").getFirst("User-Agent"));
        assertEquals("gzip, deflate", server.lastRequest("/feed.xml").getFirst("Accept-Encoding"));
    }

    @Test
    void shouldReturnNotModifiedKeepingTheSentValidatorsWhenThe304OmitsThem() {
        // Given
        FetchRequest request = new FetchRequest(server.uri("/conditional.xml"), ETAG, LAST_MODIFIED);

        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(request);

        // Then
        NotModified notModified = assertInstanceOf(NotModified.class, result, result::toString);
        assertEquals(ETAG, notModified.etag());
        assertEquals(LAST_MODIFIED, notModified.lastModified());
        assertEquals(ETAG, server.lastRequest("/conditional.xml").getFirst("If-None-Match"));
        assertEquals(LAST_MODIFIED, server.lastRequest("/conditional.xml").getFirst("If-Modified-Since"));
    }

    @Test
    void shouldSendNoConditionalHeadersWithoutValidators() {
        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/conditional.xml")));

        // Then
        assertInstanceOf(Fetched.class, result, result::toString);
        assertNull(server.lastRequest("/conditional.xml").getFirst("If-None-Match"));
        assertNull(server.lastRequest("/conditional.xml").getFirst("If-Modified-Since"));
    }

    @Test
    void shouldDecodeAGzipBody() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/gzip.xml")));

        assertArrayEquals(FEED, assertInstanceOf(Fetched.class, result, result::toString).body());
    }

    @Test
    void shouldDecodeAZlibWrappedDeflateBody() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/deflate.xml")));

        assertArrayEquals(FEED, assertInstanceOf(Fetched.class, result, result::toString).body());
    }

    @Test
    void shouldDecodeARawDeflateBody() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/raw-deflate.xml")));

        assertArrayEquals(FEED, assertInstanceOf(Fetched.class, result, result::toString).body());
    }

    @Test
    void shouldFollowAChainOfThreeRedirectsWithAbsoluteAndRelativeLocations() {
        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/hop1")));

        // Then
        Fetched fetched = assertInstanceOf(Fetched.class, result, result::toString);
        assertEquals(server.uri("/feed.xml"), fetched.finalUri());
        assertArrayEquals(FEED, fetched.body());
        for (String hop : List.of("/hop1", "/hop2", "/hop3")) {
            assertEquals(FetcherSettings.DEFAULT_USER_AGENT, server.lastRequest(hop).getFirst("User-Agent"), hop);
        }
    }

    @Test
    void shouldStopOnARedirectLoop() {
        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/loop-a")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("redirect loop: " + server.uri("/loop-a") + " -> " + server.uri("/loop-b") + " -> "
                + server.uri("/loop-a"), failed.message());
        assertFalse(failed.retriable());
        assertEquals(302, failed.status());
    }

    @Test
    void shouldStopAfterTooManyRedirects() {
        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/chain/0")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("too many redirects (6)", failed.message());
        assertEquals(server.uri("/chain/5"), failed.uri());
        assertEquals(0, server.hits("/chain/6"));
    }

    @Test
    void shouldRefuseARedirectToAFileUrl() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/to-file")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().startsWith("refused redirect to a non-HTTP URL"), failed.message());
    }

    @Test
    void shouldFailPermanentlyOn404() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/missing.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("HTTP 404 Not Found from " + server.uri("/missing.xml"), failed.message());
        assertEquals(404, failed.status());
        assertFalse(failed.retriable());
    }

    @Test
    void shouldFailPermanentlyOn410() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/gone.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("HTTP 410 Gone from " + server.uri("/gone.xml"), failed.message());
        assertFalse(failed.retriable());
    }

    @Test
    void shouldFailRetriablyWithRetryAfterSecondsOn429() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/rate-limited.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals(429, failed.status());
        assertTrue(failed.retriable());
        assertEquals(Duration.ofSeconds(120), failed.retryAfter());
        assertEquals("HTTP 429 Too Many Requests from " + server.uri("/rate-limited.xml"), failed.message());
    }

    @Test
    void shouldFailRetriablyWithRetryAfterDateOn429() {
        FetchResult result = fetcher(FetcherSettings.defaults())
                .fetch(FetchRequest.of(server.uri("/rate-limited-until.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.retriable());
        assertEquals(Duration.ofSeconds(90), failed.retryAfter());
    }

    @Test
    void shouldFailRetriablyOn500() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/broken.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("HTTP 500 Internal Server Error from " + server.uri("/broken.xml"), failed.message());
        assertTrue(failed.retriable());
        assertNull(failed.retryAfter());
    }

    @Test
    void shouldFailRetriablyWithRetryAfterOn503() {
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(server.uri("/unavailable.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals(503, failed.status());
        assertTrue(failed.retriable());
        assertEquals(Duration.ofSeconds(30), failed.retryAfter());
    }

    @Test
    void shouldFailNearTheDeadlineWhenTheBodyDripsPastIt() {
        // Given: one second for the whole fetch; the server sends a byte every 100 ms of 10,000 promised
        FeedFetcher fetcher = fetcher(FetcherSettings.defaults().withTotalDeadline(Duration.ofSeconds(1)));
        long started = System.nanoTime();

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(server.uri("/slow-body.xml")));

        // Then
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("deadline of 1s exceeded while reading the body: " + server.uri("/slow-body.xml"),
                failed.message());
        assertTrue(failed.retriable());
        assertTrue(elapsedMillis >= 900 && elapsedMillis < 3000, "expected about 1000 ms, took " + elapsedMillis);
    }

    @Test
    void shouldFailNearTheDeadlineWhenTheHeadersNeverCome() {
        // Given
        FeedFetcher fetcher = fetcher(FetcherSettings.defaults().withTotalDeadline(Duration.ofSeconds(1)));
        long started = System.nanoTime();

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(server.uri("/slow-headers.xml")));

        // Then
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("deadline of 1s exceeded while waiting for the response headers: "
                + server.uri("/slow-headers.xml"), failed.message());
        assertTrue(elapsedMillis < 3000, "expected about 1000 ms, took " + elapsedMillis);
    }

    @Test
    void shouldRefuseABodyWhoseContentLengthExceedsTheCap() {
        FetchResult result = fetcher(FetcherSettings.defaults().withMaxBodyBytes(ONE_MIB))
                .fetch(FetchRequest.of(server.uri("/big.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("body exceeds 1048576 bytes (Content-Length 2097152): " + server.uri("/big.xml"),
                failed.message());
        assertFalse(failed.retriable());
    }

    @Test
    void shouldStopReadingAChunkedBodyOnceItExceedsTheCap() {
        FetchResult result = fetcher(FetcherSettings.defaults().withMaxBodyBytes(ONE_MIB))
                .fetch(FetchRequest.of(server.uri("/big-chunked.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("body exceeds 1048576 bytes: " + server.uri("/big-chunked.xml"), failed.message());
    }

    @Test
    void shouldRefuseAGzipBombAfterDecompressingOnlyUpToTheCap() {
        // Given: 50 MiB of zeros that travel as about 50 KB of gzip
        FeedFetcher fetcher = fetcher(FetcherSettings.defaults().withMaxBodyBytes(ONE_MIB));

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(server.uri("/bomb.xml")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("body exceeds 1048576 bytes after decompression: " + server.uri("/bomb.xml"), failed.message());
        assertFalse(failed.retriable());
    }

    @Test
    void shouldReportConnectionRefusedOnAClosedPort() throws IOException {
        // Given: a port that was just free on 127.0.0.1
        int closedPort = LoopbackPorts.free();
        URI uri = URI.create("http://127.0.0.1:" + closedPort + "/feed.xml");

        // When
        FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(uri));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("connection refused: " + uri, failed.message());
        assertEquals(0, failed.status());
        assertTrue(failed.retriable());
    }

    @Test
    void shouldSurviveAServerThatClosesTheFirstConnectionWithoutAnswering() throws Exception {
        // Given: a raw server that drops the first connection after reading the request, then answers.
        // The JDK client retries this case itself; FeedFetcherRetryTest covers the fetcher's own retry.
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(5000);
            Thread serverThread = new Thread(() -> serveDropThenAnswer(listener, connections), "drop-then-answer");
            serverThread.setDaemon(true);
            serverThread.start();
            URI uri = URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/feed.xml");

            // When
            FetchResult result = fetcher(FetcherSettings.defaults()).fetch(FetchRequest.of(uri));

            // Then
            Fetched fetched = assertInstanceOf(Fetched.class, result, result::toString);
            assertArrayEquals("ok".getBytes(UTF_8), fetched.body());
            assertEquals(2, connections.get());
            serverThread.join(5000);
        }
    }

    private static FeedFetcher fetcher(FetcherSettings settings) {
        return new FeedFetcher(FeedFetcher.newHttpClient(settings), settings, LOOPBACK_ALLOWED, CLOCK,
                HostResolver.system());
    }

    private static void conditional(HttpExchange exchange) throws IOException {
        if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            respond(exchange, 304, new byte[0]);
        } else {
            respond(exchange, 200, FEED, "ETag", ETAG);
        }
    }

    private static void endlessChain(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        int step = Integer.parseInt(path.substring("/chain/".length()));
        respond(exchange, 302, new byte[0], "Location", "/chain/" + (step + 1));
    }

    private static void slowBody(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 10_000);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < 100; i++) {
                out.write('x');
                out.flush();
                if (server.released().await(100, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The fetcher hung up at its deadline, which is what the test wants.
        }
    }

    private static void slowHeaders(HttpExchange exchange) throws IOException {
        try {
            server.released().await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        respond(exchange, 200, FEED);
    }

    private static void serveDropThenAnswer(ServerSocket listener, AtomicInteger connections) {
        try {
            try (Socket first = listener.accept()) {
                connections.incrementAndGet();
                readRequestHead(first.getInputStream());
            }
            try (Socket second = listener.accept()) {
                connections.incrementAndGet();
                readRequestHead(second.getInputStream());
                second.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")
                        .getBytes(UTF_8));
                second.getOutputStream().flush();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the drop-then-answer server failed", e);
        }
    }

    private static void readRequestHead(InputStream in) throws IOException {
        int matched = 0;
        byte[] end = "\r\n\r\n".getBytes(UTF_8);
        int b;
        while (matched < end.length && (b = in.read()) != -1) {
            matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data, boolean raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
        try (DeflaterOutputStream out = new DeflaterOutputStream(bytes, deflater)) {
            out.write(data);
        } finally {
            deflater.end();
        }
        return bytes.toByteArray();
    }
}

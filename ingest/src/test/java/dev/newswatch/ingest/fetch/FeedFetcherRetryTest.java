package dev.newswatch.ingest.fetch;

import static dev.newswatch.ingest.fetch.TestFeedServer.respond;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.fetch.FetchResult.Failed;
import dev.newswatch.ingest.fetch.FetchResult.Fetched;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The single retry on a stale pooled connection (FACTS.md), with the failure injected into a real client. */
class FeedFetcherRetryTest {

    private static final byte[] FEED = "<rss version=\"2.0\"/>".getBytes(UTF_8);
    private static final String STALE = "HTTP/1.1 header parser received no bytes";

    private static TestFeedServer server;

    @BeforeAll
    static void startServer() throws IOException {
        server = TestFeedServer.start().route("/feed.xml", exchange -> respond(exchange, 200, FEED));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void shouldRetryOnceWhenThePooledConnectionReceivedNoBytes() {
        // Given
        CountingHttpClient client = client().failNext(1, new IOException(STALE));

        // When
        FetchResult result = fetcher(client).fetch(FetchRequest.of(server.uri("/feed.xml")));

        // Then
        assertArrayEquals(FEED, assertInstanceOf(Fetched.class, result, result::toString).body());
        assertEquals(2, client.sent().size());
    }

    @Test
    void shouldRetryOnceWhenTheConnectionWasResetBeforeAnyResponse() {
        CountingHttpClient client = client().failNext(1, new IOException("Connection reset"));

        FetchResult result = fetcher(client).fetch(FetchRequest.of(server.uri("/feed.xml")));

        assertInstanceOf(Fetched.class, result, result::toString);
        assertEquals(2, client.sent().size());
    }

    @Test
    void shouldRetryOnlyOnceWhenTheSecondAttemptFailsTheSameWay() {
        // Given
        CountingHttpClient client = client().failNext(2, new IOException(STALE));

        // When
        FetchResult result = fetcher(client).fetch(FetchRequest.of(server.uri("/feed.xml")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("I/O error fetching " + server.uri("/feed.xml") + ": " + STALE, failed.message());
        assertTrue(failed.retriable());
        assertEquals(2, client.sent().size());
    }

    @Test
    void shouldNotRetryAConnectionThatCouldNotBeOpened() {
        // Given
        CountingHttpClient client = client().failNext(1, new ConnectException("Connection refused"));

        // When
        FetchResult result = fetcher(client).fetch(FetchRequest.of(server.uri("/feed.xml")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("connection refused: " + server.uri("/feed.xml"), failed.message());
        assertEquals(1, client.sent().size());
    }

    private static CountingHttpClient client() {
        return new CountingHttpClient(FeedFetcher.newHttpClient(FetcherSettings.defaults()));
    }

    private static FeedFetcher fetcher(CountingHttpClient client) {
        return new FeedFetcher(client, FetcherSettings.defaults(), new NetworkPolicy(List.of("127.0.0.0/8"), List.of()),
                Clock.systemUTC(), HostResolver.system());
    }
}

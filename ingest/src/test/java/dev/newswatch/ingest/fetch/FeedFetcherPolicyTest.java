package dev.newswatch.ingest.fetch;

import static dev.newswatch.ingest.fetch.TestFeedServer.redirect;
import static dev.newswatch.ingest.fetch.TestFeedServer.respond;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.fetch.FetchResult.Failed;
import dev.newswatch.ingest.fetch.FetchResult.Fetched;
import dev.newswatch.ingest.fetch.FetchResult.NotModified;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network policy as the fetcher applies it: on every hop, before any connection, and to files. */
class FeedFetcherPolicyTest {

    private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>Local</title></channel></rss>"
            .getBytes(UTF_8);
    private static final NetworkPolicy LOOPBACK_ALLOWED = new NetworkPolicy(List.of("127.0.0.0/8"), List.of());
    private static final NetworkPolicy EVERYTHING_ALLOWED =
            new NetworkPolicy(List.of("0.0.0.0/0", "::/0"), List.of());

    private static TestFeedServer server;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws IOException {
        server = TestFeedServer.start()
                .route("/local.xml", exchange -> respond(exchange, 200, FEED))
                .route("/to-metadata", redirect(302, "http://169.254.169.254/latest/meta-data/"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void shouldRefuseTheMetadataAddressWithoutAnyConnectionAttempt() {
        // Given: a policy that opens every range, which still cannot open link-local
        CountingHttpClient client = countingClient();
        FeedFetcher fetcher = fetcher(client, EVERYTHING_ALLOWED, HostResolver.system());
        URI metadata = URI.create("http://169.254.169.254/latest/meta-data/");

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(metadata));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("refused http://169.254.169.254/latest/meta-data/: 169.254.169.254 is link-local/metadata "
                + "and always refused", failed.message());
        assertFalse(failed.retriable());
        assertEquals(0, failed.status());
        assertEquals(List.of(), client.sent());
    }

    @Test
    void shouldRefuseAHostNameThatResolvesToTheMetadataAddress() {
        // Given
        CountingHttpClient client = countingClient();
        HostResolver resolver = host -> List.of(InetAddress.getByAddress(host, new byte[] {(byte) 169, (byte) 254,
            (byte) 169, (byte) 254}));
        FeedFetcher fetcher = fetcher(client, EVERYTHING_ALLOWED, resolver);

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("http://metadata.internal/latest")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().contains("is link-local/metadata and always refused"), failed.message());
        assertEquals(List.of(), client.sent());
    }

    @Test
    void shouldRefuseLoopbackUnderTheStrictPolicy() {
        // Given
        CountingHttpClient client = countingClient();
        FeedFetcher fetcher = fetcher(client, NetworkPolicy.strict(), HostResolver.system());

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(server.uri("/local.xml")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().startsWith("refused " + server.uri("/local.xml") + ": 127.0.0.1 is loopback"),
                failed.message());
        assertEquals(List.of(), client.sent());
        assertEquals(0, server.hits("/local.xml"));
    }

    @Test
    void shouldFetchLoopbackWhenTheAllowedCidrsCoverIt() {
        FetchResult result = fetcher(countingClient(), LOOPBACK_ALLOWED, HostResolver.system())
                .fetch(FetchRequest.of(server.uri("/local.xml")));

        assertArrayEquals(FEED, assertInstanceOf(Fetched.class, result, result::toString).body());
    }

    @Test
    void shouldRefuseARedirectToTheMetadataAddressBeforeConnectingToIt() {
        // Given
        CountingHttpClient client = countingClient();
        FeedFetcher fetcher = fetcher(client, LOOPBACK_ALLOWED, HostResolver.system());

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(server.uri("/to-metadata")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals(URI.create("http://169.254.169.254/latest/meta-data/"), failed.uri());
        assertTrue(failed.message().endsWith("169.254.169.254 is link-local/metadata and always refused"),
                failed.message());
        assertEquals(1, client.sent().size(), "only the first hop may be sent");
    }

    @Test
    void shouldReportAnUnknownHostWithoutSendingAnything() {
        // Given: no DNS here, so a resolver that knows no name stands in for it
        CountingHttpClient client = countingClient();
        HostResolver noNames = host -> {
            throw new UnknownHostException(host);
        };
        FeedFetcher fetcher = fetcher(client, NetworkPolicy.strict(), noNames);

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("https://feeds.example.invalid/rss")));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertEquals("unknown host feeds.example.invalid", failed.message());
        assertTrue(failed.retriable());
        assertEquals(List.of(), client.sent());
    }

    @Test
    void shouldRefuseASchemeOtherThanHttpHttpsOrFile() {
        CountingHttpClient client = countingClient();

        FetchResult result = fetcher(client, EVERYTHING_ALLOWED, HostResolver.system())
                .fetch(FetchRequest.of(URI.create("ftp://127.0.0.1/feed.xml")));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().contains("scheme ftp is not allowed"), failed.message());
        assertEquals(List.of(), client.sent());
    }

    @Test
    void shouldRefuseAClientThatFollowsRedirectsItself() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> fetcher(following, LOOPBACK_ALLOWED, HostResolver.system()));

        assertTrue(thrown.getMessage().contains("Redirect.NEVER"), thrown.getMessage());
    }

    @Test
    void shouldReadAFileInsideAnAllowedRoot() throws IOException {
        // Given
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path feed = Files.write(root.resolve("local.rss"), FEED);
        FeedFetcher fetcher = fetcher(countingClient(), new NetworkPolicy(List.of(), List.of(root)),
                HostResolver.system());

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(feed.toUri()));

        // Then
        Fetched fetched = assertInstanceOf(Fetched.class, result, result::toString);
        assertArrayEquals(FEED, fetched.body());
        assertEquals(200, fetched.status());
        assertEquals("application/rss+xml", fetched.contentType());
        assertTrue(fetched.lastModified().endsWith(" GMT"), fetched.lastModified());
    }

    @Test
    void shouldRefuseAFileOutsideTheAllowedRoots() throws IOException {
        // Given
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path secret = Files.writeString(temp.resolve("secret.txt"), "password");
        FeedFetcher fetcher = fetcher(countingClient(), new NetworkPolicy(List.of(), List.of(root)),
                HostResolver.system());

        // When
        FetchResult result = fetcher.fetch(FetchRequest.of(secret.toUri()));

        // Then
        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().contains("is outside the allowed file roots"), failed.message());
        assertFalse(failed.retriable());
    }

    @Test
    void shouldReturnNotModifiedForAnUnchangedFileAndFetchedOnceItChanges() throws IOException {
        // Given
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path feed = Files.write(root.resolve("local.xml"), FEED);
        Files.setLastModifiedTime(feed, FileTime.from(Instant.parse("2025-06-01T10:00:00Z")));
        FeedFetcher fetcher = fetcher(countingClient(), new NetworkPolicy(List.of(), List.of(root)),
                HostResolver.system());
        Fetched first = assertInstanceOf(Fetched.class, fetcher.fetch(FetchRequest.of(feed.toUri())));

        // When: the same validator again, then after the file changed
        FetchResult byDate = fetcher.fetch(new FetchRequest(feed.toUri(), null, first.lastModified()));
        FetchResult byTag = fetcher.fetch(new FetchRequest(feed.toUri(), first.etag(), first.lastModified()));
        Files.setLastModifiedTime(feed, FileTime.from(Instant.parse("2025-06-01T10:05:00Z")));
        FetchResult changed = fetcher.fetch(new FetchRequest(feed.toUri(), null, first.lastModified()));

        // Then
        assertEquals("Sun, 01 Jun 2025 10:00:00 GMT", first.lastModified());
        assertInstanceOf(NotModified.class, byDate, byDate::toString);
        assertInstanceOf(NotModified.class, byTag, byTag::toString);
        assertInstanceOf(Fetched.class, changed, changed::toString);
    }

    @Test
    void shouldRefuseAFileLargerThanTheCap() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        Path feed = Files.write(root.resolve("huge.xml"), new byte[2048]);
        FetcherSettings settings = FetcherSettings.defaults().withMaxBodyBytes(1024);
        FeedFetcher fetcher = new FeedFetcher(countingClient(), settings, new NetworkPolicy(List.of(), List.of(root)),
                Clock.systemUTC(), HostResolver.system());

        FetchResult result = fetcher.fetch(FetchRequest.of(feed.toUri()));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().startsWith("body exceeds 1024 bytes"), failed.message());
    }

    @Test
    void shouldReportAMissingFileUnderTheRoot() throws IOException {
        Path root = Files.createDirectories(temp.resolve("feeds"));
        FeedFetcher fetcher = fetcher(countingClient(), new NetworkPolicy(List.of(), List.of(root)),
                HostResolver.system());

        FetchResult result = fetcher.fetch(FetchRequest.of(root.resolve("later.xml").toUri()));

        Failed failed = assertInstanceOf(Failed.class, result, result::toString);
        assertTrue(failed.message().startsWith("file not found: "), failed.message());
    }

    private static CountingHttpClient countingClient() {
        return new CountingHttpClient(FeedFetcher.newHttpClient(FetcherSettings.defaults()));
    }

    private static FeedFetcher fetcher(HttpClient client, NetworkPolicy policy, HostResolver resolver) {
        return new FeedFetcher(client, FetcherSettings.defaults(), policy, Clock.systemUTC(), resolver);
    }
}

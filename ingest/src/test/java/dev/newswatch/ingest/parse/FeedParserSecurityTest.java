package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents: external entities, external DTDs and entity expansion must never reach the network or the
 * file system, nor blow up, in either reader.
 */
class FeedParserSecurityTest {

    private static final Duration PARSE_DEADLINE = Duration.ofSeconds(10);
    /** After a synchronous parse, a connection it made is already in the listener's backlog. */
    private static final int ACCEPT_CHECK_MILLIS = 200;

    private final FeedParser parser = new FeedParser();
    private ServerSocket listener;

    @BeforeEach
    void openListener() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void closeListener() throws IOException {
        listener.close();
    }

    @Test
    void shouldNotFetchAnExternalGeneralEntity() throws Exception {
        // Given
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>T</title>
                <item><title>Before &xxe; after</title><link>http://example.com/1</link></item>
                </channel></rss>""".formatted(listenerUrl("/entity"));

        // When
        ParsedFeed feed = parse(xml);

        // Then
        assertNoConnection();
        assertTrue(feed.tolerant(), "ROME must have rejected the DOCTYPE");
        assertEquals(1, feed.items().size());
        assertEquals("Before  after", feed.items().get(0).title());
    }

    @Test
    void shouldNotFetchAnExternalParameterEntity() throws Exception {
        // Given
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY %% remote SYSTEM "%s"> %%remote; ]>
                <rss version="2.0"><channel><title>T</title>
                <item><title>Parameter</title><link>http://example.com/1</link></item>
                </channel></rss>""".formatted(listenerUrl("/remote.dtd"));

        // When
        ParsedFeed feed = parse(xml);

        // Then
        assertNoConnection();
        assertEquals("Parameter", feed.items().get(0).title());
    }

    @Test
    void shouldNotFetchAnExternalDtd() throws Exception {
        // Given
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "%s">
                <rss version="2.0"><channel><title>T</title>
                <item><title>System DTD</title><link>http://example.com/1</link></item>
                </channel></rss>""".formatted(listenerUrl("/x.dtd"));

        // When
        ParsedFeed feed = parse(xml);

        // Then
        assertNoConnection();
        assertEquals("System DTD", feed.items().get(0).title());
    }

    @Test
    void shouldNotFetchAPublicDtd() throws Exception {
        // Given: the RSS 0.91 DOCTYPE, pointed at the local listener
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "%s">
                <rss version="0.91"><channel><title>T</title>
                <item><title>Public DTD</title><link>http://example.com/1</link></item>
                </channel></rss>""".formatted(listenerUrl("/rss-0.91.dtd"));

        // When
        ParsedFeed feed = parse(xml);

        // Then
        assertNoConnection();
        assertEquals("Public DTD", feed.items().get(0).title());
    }

    @Test
    void shouldNotFetchAnExternalEntityInAWellFormedAtomFeed() throws Exception {
        // Given: ROME would accept this document but for its DOCTYPE
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE feed [ <!ENTITY xxe SYSTEM "%s"> ]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>&xxe;</title>
                <entry><title>Entry &xxe;</title><id>urn:e:1</id><link href="http://example.com/e"/></entry></feed>"""
                .formatted(listenerUrl("/atom"));

        // When
        ParsedFeed feed = parse(xml);

        // Then
        assertNoConnection();
        assertEquals("Entry", feed.items().get(0).title().strip());
    }

    @Test
    void shouldNotReadALocalFileThroughAnExternalEntity(@TempDir Path directory) throws Exception {
        // Given: a secret file, and /etc/passwd as well
        String secret = "secret-" + UUID.randomUUID();
        Path secretFile = Files.writeString(directory.resolve("secret.txt"), secret);
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [
                  <!ENTITY secret SYSTEM "%s">
                  <!ENTITY passwd SYSTEM "file:///etc/passwd">
                ]>
                <rss version="2.0"><channel><title>&secret;</title>
                <item><title>&secret;</title><link>http://example.com/1</link>
                <description>&passwd;</description><guid>&secret;&passwd;</guid></item>
                </channel></rss>""".formatted(secretFile.toUri());

        // When
        ParsedFeed feed = parse(xml);

        // Then
        String everything = feed + " " + feed.items();
        assertFalse(everything.contains(secret), everything);
        assertFalse(everything.contains("root:"), everything);
        assertEquals("http://example.com/1", feed.items().get(0).link());
    }

    @Test
    void shouldNotExpandBillionLaughs() throws Exception {
        // Given: ten levels of ten references, 10^9 "lol"s if expanded
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">\n");
        entities.append("<!ENTITY lol1 \"").append("&lol;".repeat(10)).append("\">\n");
        for (int level = 2; level <= 9; level++) {
            entities.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">\n");
        }
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + entities + "]>\n"
                + "<rss version=\"2.0\"><channel><title>&lol9;</title>"
                + "<item><title>Laughs: &lol9;</title><description>&lol9;&lol9;</description>"
                + "<link>http://example.com/laughs</link></item></channel></rss>";

        // When
        ParsedFeed feed = parse(xml);

        // Then
        String everything = feed + " " + feed.items();
        assertTrue(everything.length() < 2_000, () -> "output is " + everything.length() + " characters");
        assertFalse(everything.contains("lollol"), everything);
        assertEquals("http://example.com/laughs", feed.items().get(0).link());
    }

    @Test
    void shouldNotExpandQuadraticBlowup() throws Exception {
        // Given: one large entity referenced many times
        String big = "x".repeat(50_000);
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY big \"" + big + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>T</title><item><title>Q</title><description>"
                + "&big;".repeat(10_000) + "</description><link>http://example.com/q</link></item></channel></rss>";

        // When
        ParsedFeed feed = parse(xml);

        // Then
        String description = feed.items().get(0).descriptionHtml();
        assertTrue(description == null || description.length() < 100_000,
                () -> "description is " + description.length() + " characters");
    }

    private ParsedFeed parse(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(PARSE_DEADLINE, () -> parser.parse(body, "application/xml", null),
                "parsing a hostile document must finish quickly");
    }

    private String listenerUrl(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    private void assertNoConnection() throws IOException {
        listener.setSoTimeout(ACCEPT_CHECK_MILLIS);
        assertThrows(SocketTimeoutException.class, () -> {
            try (Socket connection = listener.accept()) {
                String from = connection.getRemoteSocketAddress().toString();
                throw new AssertionError("the parser connected to the listener from " + from + " with: "
                        + readRequestLine(connection));
            }
        });
    }

    private static String readRequestLine(Socket connection) {
        try {
            connection.setSoTimeout(ACCEPT_CHECK_MILLIS);
            byte[] buffer = connection.getInputStream().readNBytes(200);
            return Stream.of(new String(buffer, StandardCharsets.ISO_8859_1).split("\r\n"))
                    .limit(1).collect(Collectors.joining());
        } catch (IOException e) {
            return "(no request line: " + e.getMessage() + ")";
        }
    }
}

package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FeedParserTest {

    private static final URI RSS_URI = URI.create("https://news.example.com/feed.xml");

    private final FeedParser parser = new FeedParser();

    @Test
    void shouldReadRss20ChannelAndItems() throws FeedParseException {
        // Given
        byte[] body = fixture("rss20.xml");

        // When
        ParsedFeed feed = parser.parse(body, "application/rss+xml; charset=UTF-8", RSS_URI);

        // Then
        assertFalse(feed.tolerant());
        assertEquals("Example Tech News", feed.title());
        assertEquals("https://news.example.com/", feed.link());
        assertEquals("en-US", feed.language());
        assertEquals(Duration.ofMinutes(30), feed.ttl());
        assertEquals(2, feed.items().size());
        ParsedItem first = feed.items().get(0);
        assertEquals("news-example-1001", first.guid());
        assertEquals("https://news.example.com/2026/01/amazon-openai?utm_source=rss&utm_medium=feed", first.link());
        assertEquals("Amazon in talks to invest more than $10 billion in OpenAI", first.title());
        assertEquals("<p>The deal would value the company at <b>$500 billion</b>.</p>", first.descriptionHtml());
        assertEquals("<p>Full story with <a href=\"/related\">a relative link</a>.</p>", first.contentHtml());
        assertEquals(Instant.parse("2026-01-13T09:30:00Z"), first.published());
        assertTrue(first.authors().contains("jane@example.com (Jane Doe)"), () -> "authors: " + first.authors());
        assertEquals(List.of("AI", "Funding"), first.categories());
    }

    @Test
    void shouldResolveRelativeItemLinksAgainstTheBaseUri() throws FeedParseException {
        // Given
        byte[] body = fixture("rss20.xml");

        // When
        ParsedItem second = parser.parse(body, null, RSS_URI).items().get(1);

        // Then
        assertEquals("https://news.example.com/2026/01/second-story", second.link());
        assertEquals(Instant.parse("2026-01-13T07:00:00Z"), second.published());
        assertNull(second.guid());
    }

    @Test
    void shouldResolveRelativeItemLinksAgainstTheFeedLinkWhenThereIsNoBaseUri() throws FeedParseException {
        // Given
        byte[] body = fixture("rss20.xml");

        // When
        ParsedItem second = parser.parse(body, null, null).items().get(1);

        // Then
        assertEquals("https://news.example.com/2026/01/second-story", second.link());
    }

    @Test
    void shouldReadAtom10Entries() throws FeedParseException {
        // Given
        byte[] body = fixture("atom10.xml");

        // When
        ParsedFeed feed = parser.parse(body, "application/atom+xml", URI.create("https://atom.example.org/feed.atom"));

        // Then
        assertFalse(feed.tolerant());
        assertEquals("Beispiel Nachrichten", feed.title());
        assertEquals("https://atom.example.org/", feed.link());
        assertEquals("de-DE", feed.language());
        assertNull(feed.ttl());
        assertEquals(2, feed.items().size());
        ParsedItem first = feed.items().get(0);
        assertEquals("tag:atom.example.org,2026:artikel-1", first.guid());
        assertEquals("https://atom.example.org/artikel/mistral", first.link());
        assertEquals("Mistral <em>sammelt</em> 600 Millionen Euro ein", first.title());
        assertEquals("Die Finanzierungsrunde wird von einem US-Investor angeführt.", first.descriptionHtml());
        assertTrue(first.contentHtml().contains("<strong>vollständige</strong>"), first.contentHtml());
        assertEquals(Instant.parse("2026-01-12T09:15:00Z"), first.published());
        assertEquals(Instant.parse("2026-01-12T10:00:00Z"), first.updated());
        assertEquals(List.of("Erika Mustermann"), first.authors());
        assertEquals(List.of("KI"), first.categories());
    }

    @Test
    void shouldResolveAtomLinksAgainstXmlBase() throws FeedParseException {
        // Given
        byte[] body = fixture("atom10.xml");

        // When
        ParsedItem second = parser.parse(body, null, URI.create("https://atom.example.org/feed.atom")).items().get(1);

        // Then
        assertEquals("https://atom.example.org/archiv/zweiter", second.link());
        assertNull(second.published());
        assertEquals(Instant.parse("2026-01-11T09:00:00Z"), second.updated());
    }

    @Test
    void shouldReadRss10Items() throws FeedParseException {
        // Given
        byte[] body = fixture("rss10.xml");

        // When
        ParsedFeed feed = parser.parse(body, "application/rdf+xml", null);

        // Then
        assertEquals("Notizie di esempio", feed.title());
        assertEquals(2, feed.items().size());
        ParsedItem first = feed.items().get(0);
        assertEquals("https://rdf.example.net/notizie/1", first.link());
        assertEquals("Prima notizia", first.title());
        assertEquals("La prima notizia del giorno.", first.descriptionHtml());
        assertEquals(Instant.parse("2026-01-10T06:00:00Z"), first.published());
        assertEquals(List.of("Mario Rossi"), first.authors());
        assertEquals(List.of("Economia"), first.categories());
    }

    @Test
    void shouldReadAtom03Entries() throws FeedParseException {
        // Given
        byte[] body = fixture("atom03.xml");

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertEquals("Exemple de flux", feed.title());
        assertEquals("fr", feed.language());
        assertEquals(1, feed.items().size());
        ParsedItem entry = feed.items().get(0);
        assertEquals("https://ancien.example.fr/2026/01/levee", entry.link());
        assertEquals("Une levée de fonds record", entry.title());
        assertEquals("<p>Le contenu <i>complet</i>.</p>", entry.contentHtml());
        assertEquals(Instant.parse("2026-01-09T09:00:00Z"), entry.published());
        assertEquals(List.of("Marie Curie"), entry.authors());
    }

    @Test
    void shouldReadTheItemsOfAFeedWithUnescapedAmpersandsAndUndefinedEntities() throws FeedParseException {
        // Given: "&page=2", "& Peas" and "&nbsp;" make this document ill-formed XML
        byte[] body = fixture("broken-entities.xml");

        // When
        ParsedFeed feed = parser.parse(body, "text/xml", null);

        // Then: ROME's XML healer or the tolerant reader, either way the items are there
        assertEquals("Broken & Co", feed.title());
        assertEquals(2, feed.items().size());
        ParsedItem first = feed.items().get(0);
        assertEquals("Fish\u00a0& Chips & Peas", first.title());
        assertEquals("http://broken.example.com/story?id=1&page=2", first.link());
        assertTrue(first.descriptionHtml().contains("\u00a9"), first.descriptionHtml());
        assertEquals(Instant.parse("2026-01-12T15:00:00Z"), first.published());
        assertEquals("Second & last", feed.items().get(1).title());
    }

    @Test
    void shouldReadTheItemsOfAFeedWithUnclosedTagsThroughTheTolerantReader() throws FeedParseException {
        // Given: an unclosed <br>, a misspelt end tag and an undefined entity
        byte[] body = fixture("broken-markup.xml");

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertTrue(feed.tolerant());
        assertEquals(2, feed.items().size());
        ParsedItem first = feed.items().get(0);
        assertEquals("Unclosed tags  inside", first.title());
        assertEquals("http://markup.example.com/1", first.link());
        assertTrue(first.descriptionHtml().startsWith("First line<br"), first.descriptionHtml());
        assertEquals(Instant.parse("2026-01-12T10:00:00Z"), first.published());
        assertEquals("http://markup.example.com/2", feed.items().get(1).link());
    }

    @Test
    void shouldReadAnRss091FeedWithADoctypeThroughTheTolerantReader() throws FeedParseException {
        // Given: ROME rejects every DOCTYPE
        byte[] body = fixture("rss091-doctype.xml");

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertTrue(feed.tolerant());
        assertEquals("en", feed.language());
        assertEquals(1, feed.items().size());
        assertEquals("http://old.example.com/gold.html", feed.items().get(0).link());
    }

    @Test
    void shouldReadWindows1252BytesDeclaredAsIso88591() throws FeedParseException {
        // Given: 0x93/0x94 are curly quotes and 0x80 the euro sign in windows-1252, control codes in ISO-8859-1
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <rss version="2.0"><channel><title>Caf\u00e9</title>
                <item><title>\u201cQuoted\u201d price: 5 \u20ac</title><link>http://example.com/1</link></item>
                </channel></rss>""";
        byte[] body = xml.getBytes(Charset.forName("windows-1252"));

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertEquals("Caf\u00e9", feed.title());
        assertEquals("\u201cQuoted\u201d price: 5 \u20ac", feed.items().get(0).title());
    }

    @Test
    void shouldReadUtf8BytesDeclaredAsIso88591AsUtf8() throws FeedParseException {
        // Given: a server that declares ISO-8859-1 and sends UTF-8
        byte[] body = ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
                + "<title>Caf\u00e9 \u20ac</title><item><title>\u00e9t\u00e9</title></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertEquals("Caf\u00e9 \u20ac", feed.title());
        assertEquals("\u00e9t\u00e9", feed.items().get(0).title());
    }

    @Test
    void shouldLetAByteOrderMarkWinOverTheDeclaration() throws FeedParseException {
        // Given
        byte[] body = ("\uFEFF<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel>"
                + "<title>\u00dcber</title><item><title>\u00e0</title></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertEquals("\u00dcber", feed.title());
    }

    @Test
    void shouldPreferTheCharsetOfTheContentType() throws FeedParseException {
        // Given: no XML declaration, ISO-8859-1 bytes, the charset only in the HTTP header
        byte[] body = ("<rss version=\"2.0\"><channel><title>Gr\u00fc\u00dfe</title>"
                + "<item><title>\u00e0 la une</title></item></channel></rss>").getBytes(StandardCharsets.ISO_8859_1);

        // When
        ParsedFeed feed = parser.parse(body, "text/xml; charset=ISO-8859-1", null);

        // Then
        assertEquals("Gr\u00fc\u00dfe", feed.title());
        assertEquals("\u00e0 la une", feed.items().get(0).title());
    }

    @Test
    void shouldReadUtf8ThatIsNotDeclared() throws FeedParseException {
        // Given
        byte[] body = ("<rss version=\"2.0\"><channel><title>\u65e5\u672c\u8a9e</title>"
                + "<item><title>\u00e9t\u00e9</title></item></channel></rss>").getBytes(StandardCharsets.UTF_8);

        // When
        ParsedFeed feed = parser.parse(body, "text/xml", null);

        // Then
        assertEquals("\u65e5\u672c\u8a9e", feed.title());
        assertEquals("\u00e9t\u00e9", feed.items().get(0).title());
    }

    @Test
    void shouldReadUtf16WithAByteOrderMark() throws FeedParseException {
        // Given
        byte[] body = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel>"
                + "<title>Wide</title><item><title>\u00c9l\u00e9ment</title></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_16BE);

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertEquals("Wide", feed.title());
        assertEquals("\u00c9l\u00e9ment", feed.items().get(0).title());
    }

    @Test
    void shouldReadAFeedWithJunkBeforeTheXmlDeclaration() throws FeedParseException {
        // Given: a PHP warning printed before the feed
        byte[] body = ("<b>Warning</b>: something went wrong in <b>feed.php</b><br />\n"
                + "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>Still here</title><link>http://example.com/a</link></item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertTrue(feed.tolerant());
        assertEquals(1, feed.items().size());
        assertEquals("Still here", feed.items().get(0).title());
    }

    @Test
    void shouldReadAtomWhoseNamespaceIsWrong() throws FeedParseException {
        // Given: ROME knows no parser for this namespace
        byte[] body = ("<feed xmlns=\"http://example.com/not-atom\"><title>F</title><entry><title>E</title>"
                + "<link href=\"http://example.com/e\"/><id>e-1</id><updated>2026-01-02T03:04:05Z</updated>"
                + "</entry></feed>").getBytes(StandardCharsets.UTF_8);

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertTrue(feed.tolerant());
        ParsedItem entry = feed.items().get(0);
        assertEquals("http://example.com/e", entry.link());
        assertEquals("e-1", entry.guid());
        assertEquals(Instant.parse("2026-01-02T03:04:05Z"), entry.updated());
    }

    @Test
    void shouldTakeAnAtomLinkWrittenAsTextWhenRomeIgnoresIt() throws FeedParseException {
        // Given: well-formed, read by ROME, but ROME only reads link hrefs
        byte[] body = ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title><entry><title>E</title>"
                + "<link rel=\"alternate\">http://example.com/text-link</link></entry></feed>")
                .getBytes(StandardCharsets.UTF_8);

        // When
        ParsedFeed feed = parser.parse(body, null, null);

        // Then
        assertFalse(feed.tolerant());
        assertEquals("http://example.com/text-link", feed.items().get(0).link());
    }

    @Test
    void shouldRejectAnHtmlPage() {
        // Given
        byte[] body = fixture("not-a-feed.html");

        // When
        FeedParseException e = assertThrows(FeedParseException.class, () -> parser.parse(body, "text/html", null));

        // Then
        assertEquals("not a feed: root element <html>", e.getMessage());
    }

    @Test
    void shouldRejectAnEmptyBody() {
        // Given
        byte[] empty = new byte[0];
        byte[] blank = " \n\t ".getBytes(StandardCharsets.UTF_8);

        // When
        FeedParseException emptyError = assertThrows(FeedParseException.class, () -> parser.parse(empty, null, null));
        FeedParseException blankError = assertThrows(FeedParseException.class, () -> parser.parse(blank, null, null));

        // Then
        assertEquals("empty document", emptyError.getMessage());
        assertEquals("empty document", blankError.getMessage());
    }

    @Test
    void shouldRejectTextThatIsNotXml() {
        // Given
        // (a JSON Feed is read since JSON Feed support: see JsonFeedTest)
        byte[] body = "plain words, neither markup nor JSON".getBytes(StandardCharsets.UTF_8);

        // When
        FeedParseException e = assertThrows(FeedParseException.class,
                () -> parser.parse(body, "text/plain", null));

        // Then
        assertTrue(e.getMessage().startsWith("not XML"), e.getMessage());
    }

    @Test
    void shouldGiveTheSameResultsWhenSharedBetweenThreads() throws Exception {
        // Given: one parser, documents for both readers
        List<byte[]> bodies = List.of(fixture("rss20.xml"), fixture("atom10.xml"), fixture("broken-markup.xml"),
                fixture("rss091-doctype.xml"));
        List<ParsedFeed> expected = new ArrayList<>();
        for (byte[] body : bodies) {
            expected.add(parser.parse(body, null, RSS_URI));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // When
            List<Future<ParsedFeed>> results = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (byte[] body : bodies) {
                    results.add(pool.submit(() -> parser.parse(body, null, RSS_URI)));
                }
            }

            // Then
            for (int i = 0; i < results.size(); i++) {
                assertEquals(expected.get(i % bodies.size()), results.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static byte[] fixture(String name) {
        try (InputStream in = FeedParserTest.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test fixture /feeds/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Skipping ROME's XML healer must never change what ROME reads. */
class XmlHealingTest {

    private static final String HEAD = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title><item>";
    private static final String TAIL = "</item></channel></rss>";
    /** Pieces of item markup, with every kind of reference the healer treats differently. */
    private static final List<String> PIECES = List.of(
            "<title>AT&amp;T &lt;b&gt;</title>", "<description>&lt;p&gt;Caf&#233; &#x20AC;5&lt;/p&gt;</description>",
            "<link>https://example.com/a?x=1&amp;y=2</link>", "<guid isPermaLink=\"false\">id&quot;&apos;1</guid>",
            "<description>non&nbsp;breaking</description>", "<title>bare & ampersand</title>",
            "<title>no semicolon &amp here</title>", "<description><![CDATA[<p>a &amp; b</p>]]></description>",
            "<description><![CDATA[<p>plain</p>]]></description>", "<!-- note &amp; -->", "<?pi x&amp;y?>",
            "<category>A&#38;B</category>", "<title>&unknown;</title>", "<pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>");

    @ParameterizedTest
    @ValueSource(strings = {
        "<rss><channel><title>Plain</title></channel></rss>",
        "<?xml version=\"1.0\"?><rss><channel><title>A &amp; B &lt; &gt; &quot; &apos; &#38; &#x26;</title></channel></rss>",
        "<rss><channel><title>A</title><link>https://x.test/?a=1&amp;b=2</link></channel></rss>",
        "<rss><channel><title>A &amp; B</title><description><![CDATA[plain]]></description></channel></rss>"})
    void shouldSkipTheHealerForDocumentsItWouldNotChange(String text) {
        assertFalse(XmlHealing.isNeeded(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        " <rss><channel><title>Leading space</title></channel></rss>",
        "<!-- comment --><rss><channel><title>Leading comment</title></channel></rss>",
        "<rss><channel><title>HTML&nbsp;entity</title></channel></rss>",
        "<rss><channel><title>Bare & ampersand</title></channel></rss>",
        "<rss><channel><title>No semicolon &amp</title></channel></rss>",
        "<rss><channel><description><![CDATA[a &amp; b]]></description></channel></rss>",
        "<rss><channel><!-- a &amp; b --><title>T</title></channel></rss>",
        "<rss><channel><title>T &amp; U</title><?pi a&amp;b?></channel></rss>",
        "<rss><channel><title>&#;</title></channel></rss>",
        "<"})
    void shouldKeepTheHealerForDocumentsItMayChange(String text) {
        assertTrue(XmlHealing.isNeeded(text));
    }

    @Test
    void shouldReadGeneratedDocumentsTheSameWithoutTheHealerWhenItIsSkipped() throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        int skipped = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder(HEAD);
            for (int k = random.nextInt(5); k >= 0; k--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String document = text.append(TAIL).toString();
            if (!XmlHealing.isNeeded(document)) {
                assertSameReading(document, "generated " + document);
                skipped++;
            }
        }
        assertTrue(skipped > 300, "generated documents read without the healer: " + skipped);
    }

    @Test
    void shouldReadEveryCorpusDocumentTheSameWithoutTheHealerWhenItIsSkipped() throws IOException {
        Path corpus = repositoryRoot().resolve("../shared/corpus/feeds").normalize();
        assumeTrue(Files.isDirectory(corpus), "feed corpus not found at " + corpus);
        int skipped = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = FeedDecoder.decode(Files.readAllBytes(file), null);
                if (!XmlHealing.isNeeded(text)) {
                    assertSameReading(text, file.toString());
                    skipped++;
                }
            }
        }
        assertTrue(skipped > 500, "corpus documents read without the healer: " + skipped);
    }

    /** The same JDOM document and the same ROME reading (or the same failure) with and without the healer. */
    private static void assertSameReading(String text, String where) {
        assertEquals(document(new XmlFixerReader(new StringReader(text))), document(new StringReader(text)),
                () -> where + ": document");
        assertEquals(romeReading(text, true), romeReading(text, false), () -> where + ": ROME reading");
    }

    private static String document(Reader reader) {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            return new XMLOutputter(Format.getRawFormat()).outputString(builder.build(reader));
        } catch (JDOMException | IOException e) {
            return "not well-formed";
        }
    }

    private static Object romeReading(String text, boolean heal) {
        try {
            return RomeFeedReader.read(text, null, heal);
        } catch (Exception e) {
            return "failed: " + e.getClass().getName();
        }
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.isDirectory(directory.resolve("core"))) {
            directory = directory.getParent();
        }
        return directory == null ? Path.of("") : directory;
    }
}

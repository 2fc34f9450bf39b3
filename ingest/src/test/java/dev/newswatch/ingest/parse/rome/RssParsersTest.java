package dev.newswatch.ingest.parse.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.WireFeedParser;
import com.rometools.rome.io.impl.FeedParsers;
import com.rometools.rome.io.impl.RSS091UserlandParser;
import com.rometools.rome.io.impl.RSS092Parser;
import com.rometools.rome.io.impl.RSS093Parser;
import com.rometools.rome.io.impl.RSS094Parser;
import com.rometools.rome.io.impl.RSS20Parser;
import com.rometools.rome.io.impl.RSS20wNSParser;
import dev.newswatch.ingest.parse.CorpusFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.output.XMLOutputter;
import org.junit.jupiter.api.Test;

/** The parsers of this package must be the ones ROME picks, and must give the same feeds as ROME's own. */
class RssParsersTest {

    private static final String ITEM = "<item><title>T</title><pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate></item>";

    /** Each of ROME's parsers next to the one replacing it. */
    private static final List<WireFeedParser[]> PAIRS = List.of(
            new WireFeedParser[] {new RSS091UserlandParser(), new Rss091UserlandParser()},
            new WireFeedParser[] {new RSS092Parser(), new Rss092Parser()},
            new WireFeedParser[] {new RSS093Parser(), new Rss093Parser()},
            new WireFeedParser[] {new RSS094Parser(), new Rss094Parser()},
            new WireFeedParser[] {new RSS20Parser(), new Rss20Parser()});

    @Test
    void shouldBeThePluginsRomePicksForEveryRssVersionTheyReplace() throws Exception {
        FeedParsers parsers = new FeedParsers();

        assertInstanceOf(Rss091UserlandParser.class, parsers.getParserFor(rss("version=\"0.91\"")));
        assertInstanceOf(Rss092Parser.class, parsers.getParserFor(rss("version=\"0.92\"")));
        assertInstanceOf(Rss093Parser.class, parsers.getParserFor(rss("version=\"0.93\"")));
        assertInstanceOf(Rss094Parser.class, parsers.getParserFor(rss("version=\"0.94\"")));
        assertInstanceOf(Rss20Parser.class, parsers.getParserFor(rss("version=\"2.0\"")));
        assertInstanceOf(Rss20Parser.class, parsers.getParserFor(rss("")));
        // Parsers for other types keep their places ahead of ours.
        assertInstanceOf(RSS20wNSParser.class,
                parsers.getParserFor(rss("version=\"2.0\" xmlns=\"http://backend.userland.com/rss2\"")));
    }

    @Test
    void shouldSetItemAndChannelDatesAndLeaveTheDocumentAsItWas() throws Exception {
        Document document = document(("<rss version=\"2.0\"><channel><title>C</title>"
                + "<pubDate>Mon, 09 Jun 2003 04:00:00 GMT</pubDate><lastBuildDate>Odd date</lastBuildDate>"
                + ITEM + "</channel></rss>").getBytes(StandardCharsets.UTF_8));
        String before = new XMLOutputter().outputString(document);

        Channel channel = (Channel) new Rss20Parser().parse(document, false, Locale.US);

        assertEquals(1_055_131_200_000L, channel.getPubDate().getTime());
        assertEquals(null, channel.getLastBuildDate());
        assertEquals(1_055_217_600_000L, channel.getItems().get(0).getPubDate().getTime());
        assertEquals(before, new XMLOutputter().outputString(document));
    }

    @Test
    void shouldGiveTheSameFeedsAsRomeOnEveryRssDocumentOfTheCorpus() throws IOException {
        Path corpus = CorpusFiles.directory();
        assumeTrue(Files.isDirectory(corpus), "feed corpus not found at " + corpus);
        int documents = 0;
        int datedItems = 0;
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Document document = documentOrNull(Files.readAllBytes(file));
                for (WireFeedParser[] pair : PAIRS) {
                    if (document != null && pair[0].isMyType(document)) {
                        datedItems += assertSameFeed(file, document, pair[0], pair[1]);
                        documents++;
                    }
                }
            }
        }
        assertTrue(documents > 500, "RSS documents compared: " + documents);
        assertTrue(datedItems > 100, "dated items compared: " + datedItems);
    }

    /** Compares the channels ROME's parser and ours read from one document; returns the number of dated items. */
    private static int assertSameFeed(Path file, Document document, WireFeedParser rome, WireFeedParser ours) {
        String before = new XMLOutputter().outputString(document);
        Channel expected;
        try {
            expected = (Channel) rome.parse(document, false, Locale.US);
        } catch (Exception | StackOverflowError e) {
            return 0;
        }
        Channel actual;
        try {
            actual = (Channel) ours.parse(document, false, Locale.US);
        } catch (Exception e) {
            throw new AssertionError(file + ": ROME read it but ours failed", e);
        }
        assertEquals(before, new XMLOutputter().outputString(document), () -> file + ": document changed");
        assertEquals(expected.getPubDate(), actual.getPubDate(), () -> file + ": channel pubDate");
        assertEquals(expected.getLastBuildDate(), actual.getLastBuildDate(), () -> file + ": lastBuildDate");
        assertEquals(expected.getItems().size(), actual.getItems().size(), () -> file + ": items");
        int dated = 0;
        for (int i = 0; i < expected.getItems().size(); i++) {
            Item want = expected.getItems().get(i);
            Item got = actual.getItems().get(i);
            String where = file + " item " + i;
            assertEquals(want.getPubDate(), got.getPubDate(), () -> where + ": pubDate");
            assertEquals(want.getExpirationDate(), got.getExpirationDate(), () -> where + ": expirationDate");
            assertEquals(want.getTitle(), got.getTitle(), () -> where + ": title");
            assertEquals(want.getLink(), got.getLink(), () -> where + ": link");
            assertEquals(want.getModules(), got.getModules(), () -> where + ": modules");
            assertEquals(want.getForeignMarkup().size(), got.getForeignMarkup().size(), () -> where + ": foreign markup");
            dated += want.getPubDate() != null ? 1 : 0;
        }
        return dated;
    }

    private static Document rss(String attributes) throws Exception {
        return document(("<rss " + attributes + "><channel><title>C</title>" + ITEM + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static Document documentOrNull(byte[] bytes) {
        try {
            return document(bytes);
        } catch (JDOMException | IOException e) {
            return null;
        }
    }

    /** Parses without DOCTYPEs or entity expansion, as ROME's defaults do. */
    private static Document document(byte[] bytes) throws JDOMException, IOException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return builder.build(new ByteArrayInputStream(bytes));
    }
}

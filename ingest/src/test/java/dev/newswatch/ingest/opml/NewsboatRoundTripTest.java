package dev.newswatch.ingest.opml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newswatch.core.model.FeedSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OPML round trip with a real feed reader, Debian's newsboat: it imports what we export ({@code newsboat -i}) and we
 * import what it exports ({@code newsboat -e}). Skipped when newsboat is absent, unless NEWSWATCH_REQUIRE_NEWSBOAT
 * is set (CI sets it and installs newsboat), where it fails instead.
 */
class NewsboatRoundTripTest {

    private static final Path NEWSBOAT = Path.of("/usr/bin/newsboat");

    @TempDir
    Path home;

    @BeforeAll
    static void requireNewsboat() {
        boolean present = Files.isExecutable(NEWSBOAT);
        if (System.getenv("NEWSWATCH_REQUIRE_NEWSBOAT") != null) {
            assertTrue(present, "NEWSWATCH_REQUIRE_NEWSBOAT is set but " + NEWSBOAT + " is missing (apt-get install newsboat)");
        }
        assumeTrue(present, "newsboat is not installed");
    }

    @Test
    void shouldLetNewsboatImportOurExportAndImportItsExport() throws Exception {
        // Given our feed list, with a query string and an ampersand to escape
        List<FeedSpec> feeds = List.of(
                new FeedSpec("wire", "https://wire.example/feed.xml?a=1&b=2", "Wire & Co", "en", null),
                new FeedSpec("de", "https://de.example/rss", "Deutsche Presse", "de", null),
                new FeedSpec("atom", "http://atom.example/atom.xml", "Atom <Site>", null, null));
        Path ours = home.resolve("newswatch.opml");
        Files.writeString(ours, Opml.write(feeds, "Newswatch feeds", Instant.parse("2026-12-04T10:00:00Z")));

        // When newsboat imports it and exports its own list
        Path urls = home.resolve("urls");
        newsboat("-u", urls.toString(), "-c", home.resolve("cache.db").toString(), "-i", ours.toString());
        String exported = newsboat("-u", urls.toString(), "-c", home.resolve("cache.db").toString(), "-e");

        // Then newsboat has our URLs, and importing its export into an empty list adds the same URLs
        assertEquals(feeds.stream().map(FeedSpec::url).toList(), Files.readAllLines(urls).stream()
                .map(line -> line.split(" ")[0]).filter(line -> !line.isBlank()).toList());
        List<FeedImport.Line> lines = FeedImport.plan(Map.of(), Opml.read(exported));
        assertEquals(feeds.stream().map(FeedSpec::url).toList(), lines.stream().map(FeedImport.Line::url).toList());
        assertTrue(lines.stream().allMatch(l -> l.outcome() == FeedImport.Outcome.ADDED), lines.toString());
    }

    @Test
    void shouldImportTheTitlesNewsboatExports() throws Exception {
        // Given a newsboat URL list with a title ("~...") and a tag
        Path urls = home.resolve("urls");
        Files.writeString(urls, "https://a.example/rss \"tech\" \"~Alpha Wire\"\nhttps://b.example/atom.xml\n");

        // When
        String exported = newsboat("-u", urls.toString(), "-c", home.resolve("cache.db").toString(), "-e");

        // Then
        List<FeedImport.Line> lines = FeedImport.plan(Map.of(), Opml.read(exported));
        assertEquals("Alpha Wire", lines.get(0).feed().name());
        assertEquals("alpha-wire", lines.get(0).id());
        assertEquals("b.example", lines.get(1).feed().name());
    }

    private String newsboat(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(NEWSBOAT.toString());
        builder.command().addAll(List.of(args));
        // newsboat keeps its files under HOME / XDG directories: all of them in the temporary directory.
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "newsboat did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "newsboat " + String.join(" ", args) + ": " + text);
        return text;
    }
}

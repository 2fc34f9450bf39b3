package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswatch feeds import} and {@code feeds export} on a real embedded broker, and the round trip through
 * Debian's newsboat: it imports our export and we import its export into an empty feed list. The newsboat part fails
 * (rather than skips) when NEWSWATCH_REQUIRE_NEWSBOAT is set and newsboat is missing.
 */
@Tag("integration")
class FeedsOpmlIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    private static final Path NEWSBOAT = Path.of("/usr/bin/newsboat");

    private static final String OPML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>Reader export</title></head><body>
              <outline text="News">
                <outline type="rss" text="Wire" title="Wire &amp; Co" xmlUrl="https://wire.example/feed.xml?a=1&amp;b=2" language="en"/>
                <outline type="rss" text="Presse" xmlUrl="https://presse.example/rss" language="de-DE"/>
              </outline>
              <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
            </body></opml>
            """;

    @Test
    void shouldImportExportAndRoundTripThroughNewsboat(@TempDir Path dir) throws Exception {
        // Given an empty feed list and an OPML file with two feeds in a folder and one that is not http(s)
        Path config = config(dir.resolve("config"), "opml.");
        Path opml = dir.resolve("reader.opml");
        Files.writeString(opml, OPML);

        // When imported twice
        CliRun first = cli(config, "feeds", "import", opml.toString());
        CliRun second = cli(config, "feeds", "import", opml.toString());

        // Then added, then already there; the file URL refused with its reason both times
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("3 feeds in " + opml + ": 2 added, 0 already there, 1 refused."), first.out());
        assertTrue(first.out().matches("(?s).*refused +- +file:///etc/passwd: not an http or https URL.*"), first.out());
        assertTrue(second.out().contains("0 added, 2 already there, 1 refused."), second.out());
        CliRun list = cli(config, "feeds", "list");
        assertTrue(list.out().matches("(?s).*wire-co +en .*https://wire.example/feed.xml\\?a=1&b=2.*"), list.out());
        assertTrue(list.out().matches("(?s).*presse +de .*https://presse.example/rss.*"), list.out());

        // When exported to a file and to standard output
        Path exported = dir.resolve("newswatch.opml");
        CliRun export = cli(config, "feeds", "export", exported.toString());
        CliRun stdout = cli(config, "feeds", "export");

        // Then OPML 2.0 with both feeds
        assertEquals(0, export.exit(), export.err());
        assertEquals(Files.readString(exported).replaceAll("<dateCreated>.*</dateCreated>", ""),
                stdout.out().replaceAll("<dateCreated>.*</dateCreated>", ""));
        assertTrue(stdout.out().contains("xmlUrl=\"https://wire.example/feed.xml?a=1&amp;b=2\""), stdout.out());

        // When newsboat imports our export, exports its list, and we import that into an empty feed list
        if (!Files.isExecutable(NEWSBOAT)) {
            assertTrue(System.getenv("NEWSWATCH_REQUIRE_NEWSBOAT") == null,
                    "NEWSWATCH_REQUIRE_NEWSBOAT is set but " + NEWSBOAT + " is missing (apt-get install newsboat)");
            return;
        }
        Path home = Files.createDirectories(dir.resolve("newsboat"));
        Path urls = home.resolve("urls");
        newsboat(home, "-u", urls.toString(), "-c", home.resolve("cache.db").toString(), "-i", exported.toString());
        Path theirs = dir.resolve("newsboat.opml");
        Files.writeString(theirs, newsboat(home, "-u", urls.toString(), "-c", home.resolve("cache.db").toString(), "-e"));
        Path fresh = config(dir.resolve("config2"), "opml2.");
        CliRun back = cli(fresh, "feeds", "import", theirs.toString());

        // Then the same two feed URLs arrive
        assertTrue(back.out().contains("2 feeds in " + theirs + ": 2 added, 0 already there, 0 refused."), back.out());
        CliRun freshList = cli(fresh, "feeds", "list");
        assertTrue(freshList.out().contains("https://wire.example/feed.xml?a=1&b=2"), freshList.out());
        assertTrue(freshList.out().contains("https://presse.example/rss"), freshList.out());
    }

    @Test
    void shouldAddTheFeedAnHtmlPageAnnouncesOrListThemWhenThereAreSeveral(@TempDir Path dir) throws Exception {
        // Given web pages on a loopback server: one announcing one feed, one announcing two, one announcing none
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        page(server, "/single", "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Solo Blog\" href=\"/atom.xml\">");
        page(server, "/blog", "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Posts\" href=\"/rss\">"
                + "<link rel=\"alternate\" type=\"application/feed+json\" title=\"Posts (JSON)\" href=\"/feed.json\">");
        page(server, "/empty", "<title>No feeds here</title>");
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path config = config(dir.resolve("config"), "discover.", "network:", "  allow: [127.0.0.0/8]");
        try {
            // When
            CliRun single = cli(config, "feeds", "add", base + "/single");
            CliRun several = cli(config, "feeds", "add", base + "/blog");
            CliRun picked = cli(config, "feeds", "add", base + "/blog", "--pick", "2");
            CliRun none = cli(config, "feeds", "add", base + "/empty");

            // Then the only feed is added under its title, several are listed, --pick chooses, none is refused
            assertEquals(0, single.exit(), single.err());
            assertTrue(single.out().contains("Added feed solo-blog (" + base + "/atom.xml)."), single.out());
            assertEquals(2, several.exit(), several.err());
            assertTrue(several.err().contains("announces 2 feeds; choose one with --pick N:"), several.err());
            assertTrue(several.err().contains("1. " + base + "/rss  (application/rss+xml, \"Posts\")"), several.err());
            assertTrue(several.err().contains("2. " + base + "/feed.json  (application/feed+json, \"Posts (JSON)\")"),
                    several.err());
            assertEquals(0, picked.exit(), picked.err());
            assertTrue(picked.out().contains("Added feed posts-json (" + base + "/feed.json)."), picked.out());
            assertEquals(2, none.exit(), none.err());
            assertTrue(none.err().contains("is a web page that announces no feed"), none.err());
            CliRun list = cli(config, "feeds", "list");
            assertEquals(4, list.out().lines().count(), "a header and three feeds: " + list.out());
        } finally {
            server.stop(0);
        }
    }

    private static void page(HttpServer server, String path, String head) {
        server.createContext(path, exchange -> {
            byte[] body = ("<!DOCTYPE html><html><head>" + head + "</head><body><p>A page.</p></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
    }

    private static Path config(Path dir, String prefix, String... extra) throws IOException {
        List<String> lines = new ArrayList<>(List.of("data-dir: \"" + dir.resolve("data") + "\"", "kafka:",
                "  topic-prefix: " + prefix));
        lines.addAll(List.of(extra));
        Path config = ConfigDir.create(dir).main(lines).write(ConfigDir.FEEDS_FILE, "feeds: []\n").path();
        NewswatchConfig loaded = ConfigLoader.load(config);
        TopicAdmin.ensureTopics(KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers()).admin("it"), loaded.topics(),
                (short) 1);
        return config;
    }

    private static CliRun cli(Path config, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString(), "--bootstrap-servers", KAFKA.bootstrapServers()));
        return AlertsFixtures.newswatch(all.toArray(String[]::new));
    }

    private static String newsboat(Path home, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(NEWSBOAT.toString());
        builder.command().addAll(List.of(args));
        builder.environment().put("HOME", home.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "newsboat did not finish");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), "newsboat " + String.join(" ", args) + ": " + text);
        return text;
    }
}

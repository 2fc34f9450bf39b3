package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.app.backtest.ArchiveReader;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.ingest.FeedArchive;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full text end to end on a real embedded broker: a feed whose item is a teaser without the amount, an article page
 * (on a loopback HTTP server) that holds it, and the deal in the alert with the amount only the page gives.
 */
@Tag("integration")
class FullTextIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    /** The item's whole text in the feed: a headline and a teaser, no amount. */
    private static final String TEASER = "The retailer and the chatbot maker are negotiating; details in the story.";

    private HttpServer server;
    private final AtomicInteger pageHits = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", exchange -> respond(exchange, "application/rss+xml", feed()));
        server.createContext("/news/amazon-openai", exchange -> {
            pageHits.incrementAndGet();
            respond(exchange, "text/html; charset=utf-8", page());
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldAlertWithTheAmountThatOnlyTheArticlePageHolds(@TempDir Path dir) throws Exception {
        // Given a feed of teasers (full-text: auto, the default) and the shipped taxonomy and entities
        Path config = ConfigDir.create(dir.resolve("config"))
                .copyShipped("taxonomy.yml", "entities")
                .write(ConfigDir.FEEDS_FILE, "feeds:\n  - {url: \"" + base() + "/feed.xml\", name: \"Loopback Wire\"}\n")
                .main(withArchive(TestConfigs.localFeedSettings(dir, "fulltext.", "."), dir.resolve("archive")))
                .path();
        NewswatchConfig loaded = ConfigLoader.load(config).withKafka(ConfigLoader.load(config).kafka()
                .withBootstrapServers(KAFKA.bootstrapServers()));
        // When ingest and enrich run
        try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.INGEST, Stage.ENRICH), false, "fulltext",
                Clock.systemUTC())) {
            Await.until(() -> !amazonOpenAi(loaded).isEmpty(), Duration.ofSeconds(120),
                    () -> "Amazon → OpenAI alerts: none; articles: " + articles(loaded));
        }
        // Then the alert carries the page's amount, and the article keeps feed text and page text apart
        List<Alert> alerts = amazonOpenAi(loaded);
        assertEquals(1, alerts.size(), "Amazon → OpenAI alerts: " + alerts);
        assertEquals(0, new BigDecimal("10000000000").compareTo(alerts.get(0).deal().deal().amountUsd()),
                "amount in USD: " + alerts.get(0).deal().deal());
        List<Article> articles = articles(loaded);
        assertEquals(1, articles.size(), "articles: " + articles);
        assertEquals(TEASER, articles.get(0).summary());
        assertTrue(articles.get(0).pageText().contains("more than $10 billion"), articles.get(0).pageText());
        assertTrue(!articles.get(0).pageText().contains("Most read"), "boilerplate in " + articles.get(0).pageText());
        assertEquals(1, pageHits.get(), "the page is fetched once");
        // And the archive keeps the page, so a backtest reads the same text again
        Path page = FeedArchive.pagePath(dir.resolve("archive").resolve(articles.get(0).feedId()), articles.get(0).id());
        assertTrue(Files.isRegularFile(page), "archived page " + page);
        List<Article> replayed = new ArchiveReader(loaded).read(dir.resolve("archive")).articles();
        assertEquals(1, replayed.size(), "articles read back from the archive: " + replayed);
        assertEquals(articles.get(0).pageText(), replayed.get(0).pageText());
    }

    private static List<String> withArchive(List<String> settings, Path archive) {
        int ingest = settings.indexOf("ingest:");
        settings.add(ingest + 1, "  archive-dir: \"" + archive + "\"");
        return settings;
    }

    private static List<Alert> amazonOpenAi(NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().alerts).stream()
                .map(ConsumerRecord::value)
                .filter(a -> a.deal().deal().investor() != null && "amazon".equals(a.deal().deal().investor().id())
                        && a.deal().deal().target() != null && "openai".equals(a.deal().deal().target().id()))
                .toList();
    }

    private static List<Article> articles(NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().articles).stream()
                .map(ConsumerRecord::value).toList();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private String feed() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Loopback Wire</title><link>%1$s/</link><description>d</description>
                <item><title>Amazon in talks to invest in OpenAI</title><link>%1$s/news/amazon-openai</link>
                <guid>%1$s/news/amazon-openai</guid><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>
                <description>%2$s</description></item>
                </channel></rss>
                """.formatted(base(), TEASER);
    }

    private static String page() {
        return """
                <html><head><title>Amazon in talks to invest in OpenAI | Loopback Wire</title></head><body>
                <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
                <article><h1>Amazon in talks to invest in OpenAI</h1>
                <p>Amazon is in talks to invest more than $10 billion in OpenAI, according to people familiar with
                the matter, in a deal that would deepen the ties between the two companies.</p>
                <p>The negotiations are at an early stage and the terms could still change, the people said, asking
                not to be named because the talks are private. Neither company would comment on Monday.</p>
                <p>The investment would come on top of cloud contracts signed earlier this year, under which the
                chatbot maker rents servers and chips from the retailer's cloud unit.</p>
                </article>
                <aside class="most-read"><h2>Most read</h2><ul><li><a href="/a">Most read story one</a></li></ul></aside>
                </body></html>
                """;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }
}

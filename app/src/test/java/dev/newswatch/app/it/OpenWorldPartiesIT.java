package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.RepoPaths;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Open-world parties end to end on a real embedded broker, a real SMTP server (GreenMail) and a real webhook
 * receiver: a deal between two companies that are in no entity file is extracted, tracked and alerted as a deal
 * between two new companies; adding one of them with {@code newswatch entities add} joins it for later articles
 * while enrich keeps running.
 */
@Tag("integration")
class OpenWorldPartiesIT {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

    /** The round of the issue "open-world parties". Neither company is in any entity file (checked below). */
    private static final String SENTENCE = "Zentrix Robotics, a Munich-based robotics start-up, has raised $300 million"
            + " in a Series C round led by Halvora Capital.";
    /** The headline names both companies but no amount, so the sentence above is the one deal of the article. */
    private static final String HEADLINE = "Zentrix Robotics closes Series C round led by Halvora Capital";
    private static final String MORE = "The company builds robot arms for warehouses and plans to open an office in"
            + " Boston next year.";
    private static final BigDecimal THREE_HUNDRED_MILLION = new BigDecimal("300000000");

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldAlertAHundredMillionSubscriberToADealBetweenTwoCompaniesInNoEntityFile(@TempDir Path dir) throws Exception {
        // Given the shipped taxonomy and entities, which know neither company, one local feed with the article,
        // and a webhook and an email subscription, both with min-amount-usd: 100000000
        assertInNoEntityFile("Zentrix", "Halvora");
        String secret = AlertsFixtures.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Path config = configWithFeed(dir, "open-world.",
                    AlertsFixtures.withLocalSmtp(MAIL.getSmtp().getPort(), "  http-port: -1", "  webhook-timeout: 2s"),
                    "subscriptions:\n"
                    + "  - id: hook\n"
                    + "    channel: webhook\n"
                    + "    url: \"" + receiver.url() + "\"\n"
                    + "    secret: \"" + secret + "\"\n"
                    + "    min-amount-usd: 100000000\n"
                    + "  - id: reader\n"
                    + "    channel: email\n"
                    + "    to: reader@reader.example.test\n"
                    + "    min-amount-usd: 100000000\n");
            NewswatchConfig loaded = load(config);

            // When ingest, enrich and alerts run until the webhook and the mail have arrived
            try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.allOf(Stage.class), false, "open-world",
                    Clock.systemUTC())) {
                Await.until(() -> zentrixCall(receiver).isPresent() && MAIL.getReceivedMessages().length >= 1,
                        Duration.ofSeconds(120), () -> "webhook calls: " + bodies(receiver) + "; mails: "
                                + MAIL.getReceivedMessages().length + "; enriched: " + enrichedDeals(loaded)
                                + "; deals: " + readValues(loaded.topics().deals, loaded));
            }

            // Then the webhook names the two companies, each marked provisional with the id that promotes it
            JsonNode body = zentrixCall(receiver).orElseThrow().json();
            assertEquals("Zentrix Robotics", body.path("target").asText(), body.toString());
            assertEquals("Halvora Capital", body.path("investor").asText(), body.toString());
            assertEquals(0, THREE_HUNDRED_MILLION.compareTo(body.path("amountUsd").decimalValue()), body.toString());
            assertEquals("investment", body.path("type").asText(), body.toString());
            JsonNode target = body.path("parties").path("target");
            assertEquals("zentrix-robotics", target.path("id").asText(), body.toString());
            assertTrue(target.path("provisional").asBoolean(), body.toString());
            JsonNode investor = body.path("parties").path("investor");
            assertEquals("halvora-capital", investor.path("id").asText(), body.toString());
            assertTrue(investor.path("provisional").asBoolean(), body.toString());
            assertTrue(body.path("headline").asText().contains("Zentrix Robotics (new company)"), body.toString());
            assertEquals(1, receiver.requests().size(), "one call, one alert: " + bodies(receiver));
            // And the mail says so in its subject and text
            MimeMessage mail = MAIL.getReceivedMessages()[0];
            assertTrue(mail.getSubject().contains("Halvora Capital (new company) to invest in Zentrix Robotics"
                    + " (new company)"), mail.getSubject());
            String text = (String) ((MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
            assertTrue(text.contains("Target: Zentrix Robotics (new company)"), text);
        }
    }

    @Test
    void shouldJoinAProvisionalPartyForLaterArticlesOnceTheEntityIsAddedWithoutARestart(@TempDir Path dir)
            throws Exception {
        // Given the enrich stage running on the shipped entities, and an article about the round
        assertInNoEntityFile("Zentrix", "Halvora");
        Path config = configWithFeed(dir, "promote.", List.of(), "subscriptions: []\n");
        NewswatchConfig loaded = load(config);
        try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ENRICH), false, "promote", Clock.systemUTC())) {
            AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), loaded.topics());
            Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            produce(loaded, article(0, "TechWire", t0));
            Await.until(() -> zentrixDeal(loaded, 0).isPresent(), Duration.ofSeconds(60),
                    () -> "enriched deals: " + enrichedDeals(loaded));
            Party before = zentrixDeal(loaded, 0).orElseThrow().target();
            assertTrue(before.provisional(), "before: " + before);
            assertEquals("zentrix-robotics", before.id());

            // When the company is added to the entity table at runtime, and other outlets report the round
            CliRun added = AlertsFixtures.newswatch("entities", "add", "zentrix-robotics", "Zentrix Robotics",
                    "--config", config.toString(), "--bootstrap-servers", KAFKA.bootstrapServers());
            assertEquals(0, added.exit(), added.err());
            int[] next = {1};
            produce(loaded, article(next[0]++, "Outlet 1", t0.plusSeconds(60)));
            Await.until(() -> {
                // The global table reaches the stream thread a moment after the write: while the latest report was
                // enriched with the company still provisional, another outlet reports the round.
                Optional<Deal> latest = zentrixDeal(loaded, next[0] - 1);
                if (latest.isPresent() && latest.get().target().provisional()) {
                    produce(loaded, article(next[0], "Outlet " + next[0], t0.plusSeconds(60L * next[0])));
                    next[0]++;
                }
                return latest.isPresent() && !latest.get().target().provisional();
            }, Duration.ofSeconds(60), () -> "enriched deals: " + enrichedDeals(loaded));

            // Then the later article's deal names the company joined to its record, no longer provisional
            Party after = zentrixDeal(loaded, next[0] - 1).orElseThrow().target();
            assertFalse(after.provisional(), "after: " + after);
            assertEquals("zentrix-robotics", after.id());
            assertNotNull(after.entity(), "joined to the entity record: " + after);
            assertEquals("Zentrix Robotics", after.entity().name());
            // And every report is one tracked deal, whose latest record has the joined target, alerted once
            Map<String, TrackedDeal> latest = new LinkedHashMap<>();
            for (ConsumerRecord<String, TrackedDeal> r : TopicReader.readAll(KAFKA.bootstrapServers(),
                    loaded.topics().deals)) {
                latest.put(r.key(), r.value());
            }
            assertEquals(1, latest.size(), "tracked deals: " + latest.values());
            TrackedDeal tracked = latest.values().iterator().next();
            assertFalse(tracked.deal().target().provisional(), "tracked target: " + tracked.deal().target());
            assertEquals(next[0], tracked.sources().size(), "one source per article: " + tracked.sources());
            List<Alert> alerts = readValues(loaded.topics().alerts, loaded);
            assertEquals(List.of(Alert.NEW), alerts.stream().map(Alert::kind).toList(), "alerts: " + alerts);
        }
    }

    // ---- fixtures -------------------------------------------------------------------------------------

    private static NewswatchConfig load(Path config) {
        NewswatchConfig loaded = ConfigLoader.load(config);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }


    /** Fails unless no entity file of the repository (and so no shipped table) mentions any of {@code names}. */
    private static void assertInNoEntityFile(String... names) throws IOException {
        Path configDir = RepoPaths.config();
        try (Stream<Path> files = Files.walk(configDir)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> configDir.relativize(f).toString().startsWith("entities")).toList()) {
                String text = Files.readString(file).toLowerCase(Locale.ROOT);
                for (String name : names) {
                    assertFalse(text.contains(name.toLowerCase(Locale.ROOT)), file + " mentions " + name);
                }
            }
        }
    }


    /**
     * A config directory with the shipped taxonomy and entities (read where the repository keeps them), one local feed ({@code feeds/isar-wire.xml}) whose
     * only item is the Zentrix Robotics round published now, topics under {@code prefix}, the given lines under
     * {@code alerts:}, and {@code subscriptions}.
     */
    private static Path configWithFeed(Path dir, String prefix, List<String> alertsLines, String subscriptions)
            throws IOException {
        Path shippedEntities = ConfigLoader.load(RepoPaths.config()).enrich().entitiesFile();
        String published = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC));
        String feed = String.join("\n",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<rss version=\"2.0\"><channel>",
                "  <title>Isar Wire</title><link>https://isar-wire.example.test/</link>",
                "  <description>Technology news from Munich (test feed)</description>",
                "  <item>",
                "    <title>" + HEADLINE + "</title>",
                "    <link>https://isar-wire.example.test/zentrix-robotics-series-c</link>",
                "    <guid>https://isar-wire.example.test/zentrix-robotics-series-c</guid>",
                "    <description>" + SENTENCE + " " + MORE + "</description>",
                "    <pubDate>" + published + "</pubDate>",
                "  </item>",
                "</channel></rss>",
                "");
        List<String> lines = TestConfigs.localFeedSettings(dir, prefix, "feeds");
        lines.addAll(List.of(
                "enrich:",
                "  entities: \"" + shippedEntities + "\"",
                "alerts:"));
        lines.addAll(alertsLines);
        return ConfigDir.create(dir.resolve("config"))
                .copyShipped("taxonomy.yml")
                .write("feeds/isar-wire.xml", feed)
                .write(ConfigDir.FEEDS_FILE, "feeds:\n"
                        + "  - {id: isar-wire, url: \"file:feeds/isar-wire.xml\", name: \"Isar Wire\", language: en, interval: 1m}\n")
                .main(lines)
                .write("subscriptions.yml", subscriptions)
                .path();
    }


    /** Report {@code n} of the round, as outlet {@code outlet} published it at {@code published}. */
    private static Article article(int n, String outlet, Instant published) {
        String url = "https://news.example.test/zentrix-robotics-" + n;
        return new Article(sha256(url), "it-" + n, outlet, url, HEADLINE, SENTENCE + " " + MORE, null, published,
                published, "en", List.of(), List.of());
    }


    private static void produce(NewswatchConfig config, Article article) {
        Topic<String, Article> t = config.topics().articles;
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(KafkaClients.of(config.kafka(),
                KAFKA.bootstrapServers()).producer("it-articles", null), t.keySerde().serializer(),
                t.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(t.name(), null, article.published().toEpochMilli(), article.id(), article))
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("producing article " + article.url() + " failed", e);
        }
    }


    /** The Zentrix Robotics deal of the enriched article {@code n}, if it has been enriched and has one. */
    private static Optional<Deal> zentrixDeal(NewswatchConfig config, int n) {
        String id = article(n, "", Instant.EPOCH).id();
        for (EnrichedArticle e : readValues(config.topics().enriched, config)) {
            if (e.id().equals(id)) {
                return e.deals().stream()
                        .filter(d -> d.target() != null && d.target().id().equals("zentrix-robotics")).findFirst();
            }
        }
        return Optional.empty();
    }


    private static List<String> enrichedDeals(NewswatchConfig config) {
        return readValues(config.topics().enriched, config).stream().map(e -> e.id().substring(0, 8) + " " + e.deals())
                .toList();
    }


    private static <V> List<V> readValues(Topic<String, V> topic, NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), topic).stream().map(ConsumerRecord::value).toList();
    }


    private static Optional<WebhookReceiver.Request> zentrixCall(WebhookReceiver receiver) {
        return receiver.requests().stream().filter(r -> "Zentrix Robotics".equals(r.json().path("target").asText()))
                .findFirst();
    }


    private static List<String> bodies(WebhookReceiver receiver) {
        return receiver.requests().stream().map(WebhookReceiver.Request::body).toList();
    }


    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

}

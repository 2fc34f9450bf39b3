package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest → enrich → alerts on a real embedded broker, with the shipped demo feeds, taxonomy and entities.
 * The oracle reads with read_committed.
 */
@Tag("integration")
class PipelineIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldAlertOnceForAmazonInvestingInOpenAiReportedByThreeOutlets(@TempDir Path dir) throws Exception {
        // Given the shipped demo feeds (the seed article among them), read from file: URLs
        Path config = demoConfig(dir, "demo.");
        NewswatchConfig loaded = ConfigLoader.load(config).withKafka(ConfigLoader.load(config).kafka()
                .withBootstrapServers(KAFKA.bootstrapServers()));
        // When ingest and enrich run
        try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.INGEST, Stage.ENRICH), false, "demo",
                Clock.systemUTC())) {
            Await.until(() -> amazonOpenAiSources(loaded) >= 3, Duration.ofSeconds(120),
                    () -> "Amazon → OpenAI reports in the deals topic: " + amazonOpenAiSources(loaded));
        }
        // Then exactly one alert says Amazon → OpenAI, more than $10 billion, in talks
        List<Alert> alerts = TopicReader.readAll(KAFKA.bootstrapServers(), loaded.topics().alerts).stream()
                .map(ConsumerRecord::value).toList();
        List<Alert> amazonOpenAi = alerts.stream().filter(PipelineIT::isAmazonOpenAi).toList();
        assertEquals(1, amazonOpenAi.size(), "Amazon → OpenAI alerts: " + amazonOpenAi);
        Alert alert = amazonOpenAi.get(0);
        assertEquals(0, new BigDecimal("10000000000").compareTo(alert.deal().deal().amountUsd()), "amount in USD");
        assertEquals("more-than", alert.deal().deal().qualifier().wireName());
        assertEquals("in-talks", alert.deal().deal().stage().wireName());
        assertEquals("new", alert.kind());
        Set<String> alertIds = new HashSet<>();
        alerts.forEach(a -> assertTrue(alertIds.add(a.alertId()), "duplicate alert " + a.alertId()));
        assertTrue(alerts.stream().allMatch(a -> a.deal().deal().amountUsd().compareTo(new BigDecimal("100000000")) >= 0),
                "every alert is at or above the $100M floor");
    }

    @Test
    void shouldEnrichEveryArticleExactlyOnceWhenEnrichIsKilledMidStream(@TempDir Path dir) throws Exception {
        // Given 3,000 articles in the articles topic, one in ten carrying a distinct deal
        Path config = demoConfig(dir, "kill.");
        NewswatchConfig loaded = ConfigLoader.load(config);
        KafkaClients clients = KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers());
        TopicAdmin.ensureTopics(clients.admin("it"), loaded.topics(), (short) 1);
        int count = 3000;
        Set<String> ids = produceArticles(clients, loaded, count);
        // When a real enrich process is killed with SIGKILL mid-stream, twice, and started again
        Process first = startEnrichProcess(config, dir.resolve("enrich-1.log"));
        Await.until(() -> enriched(loaded).size() >= 300, Duration.ofSeconds(120), () -> "enriched: " + enriched(loaded).size());
        first.destroyForcibly().waitFor();
        Process second = startEnrichProcess(config, dir.resolve("enrich-2.log"));
        Await.until(() -> enriched(loaded).size() >= 1500, Duration.ofSeconds(120), () -> "enriched: " + enriched(loaded).size());
        second.destroyForcibly().waitFor();
        Process third = startEnrichProcess(config, dir.resolve("enrich-3.log"));
        try {
            Await.until(() -> enriched(loaded).size() >= count && alerts(loaded).size() >= count / 10,
                    Duration.ofSeconds(180), () -> "enriched: " + enriched(loaded).size() + ", alerts: " + alerts(loaded).size());
        } finally {
            third.destroy();
            third.waitFor();
        }
        // Then each article was enriched exactly once, and each deal alerted once
        List<ConsumerRecord<String, EnrichedArticle>> enriched = enriched(loaded);
        Set<String> out = new HashSet<>();
        enriched.forEach(r -> out.add(r.key()));
        assertEquals(out.size(), enriched.size(), "duplicates in the enriched topic");
        assertEquals(ids, out, "article ids in versus enriched ids out");
        List<ConsumerRecord<String, Alert>> alerts = alerts(loaded);
        Set<String> alertIds = new HashSet<>();
        alerts.forEach(r -> alertIds.add(r.key()));
        assertEquals(alertIds.size(), alerts.size(), "duplicate alerts");
        assertEquals(count / 10, alerts.size(), "one alert per distinct deal");
    }

    private static Set<String> produceArticles(KafkaClients clients, NewswatchConfig config, int count) {
        Set<String> ids = new HashSet<>();
        var t = config.topics().articles;
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(clients.producer("it-articles", null),
                t.keySerde().serializer(), t.valueSerde().serializer())) {
            Instant base = Instant.parse("2026-11-01T00:00:00Z");
            for (int i = 0; i < count; i++) {
                String id = String.format("%064d", i);
                // Distinct deals: a different target and amount band for each.
                String text = i % 10 == 0
                        ? "Nvidia said on Monday it will invest $" + (1 + i / 10) + " billion in start-up Example" + i
                          + " Labs, according to people familiar with the matter."
                        : "A long report on data centres, chips and energy prices in Europe, number " + i + ".";
                String title = i % 10 == 0 ? "Nvidia to invest in Example" + i + " Labs" : "Industry report " + i;
                Instant published = base.plusSeconds(i * 60L);
                ids.add(id);
                producer.send(new ProducerRecord<>(t.name(), null, published.toEpochMilli(), id,
                        new Article(id, "it", "IT Wire", "https://example.test/" + i, title, text, null, published,
                                published, "en", List.of(), List.of())));
            }
            producer.flush();
        }
        return ids;
    }

    private static Path demoConfig(Path dir, String prefix) throws IOException {
        StringBuilder extra = new StringBuilder();
        for (int i = 0; i < 3000; i += 10) {
            extra.append("- {id: example").append(i).append(", name: Example").append(i).append(" Labs, type: company}\n");
        }
        return ConfigDir.create(dir.resolve("config"))
                .copyShipped("demo", "taxonomy.yml", "entities")
                .demoFeeds()
                .write("entities/zz-examples.yml", extra.toString())
                .main(TestConfigs.localFeedSettings(dir, prefix, "demo"))
                .path();
    }

    private static boolean isAmazonOpenAi(Alert a) {
        var d = a.deal().deal();
        return d.investor() != null && "amazon".equals(d.investor().id()) && d.target() != null
                && "openai".equals(d.target().id()) && "investment".equals(d.type().wireName())
                && d.stage().wireName().equals("in-talks");
    }

    private static int amazonOpenAiSources(NewswatchConfig config) {
        int most = 0;
        for (ConsumerRecord<String, TrackedDeal> r : TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().deals)) {
            var d = r.value().deal();
            if (d.investor() != null && "amazon".equals(d.investor().id()) && d.target() != null
                    && "openai".equals(d.target().id()) && d.stage().wireName().equals("in-talks")) {
                most = Math.max(most, r.value().sources().size());
            }
        }
        return most;
    }

    private static List<ConsumerRecord<String, EnrichedArticle>> enriched(NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().enriched);
    }

    private static List<ConsumerRecord<String, Alert>> alerts(NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().alerts);
    }

    private static Process startEnrichProcess(Path config, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "dev.newswatch.app.Newswatch", "enrich", "--config", config.toString(),
                "--bootstrap-servers", KAFKA.bootstrapServers());
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        return pb.start();
    }
}

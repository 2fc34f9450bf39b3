package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.CategoryTag;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article alerts end to end on the embedded broker: the alerts stage reads enriched articles, raises an article
 * alert for the one that matches a subscription's rule (through the Italian form of "acquisition" in the shipped
 * taxonomy), and a signed webhook on 127.0.0.1 receives it once, though the article was read twice; the other
 * article raises nothing.
 */
@Tag("integration")
class ArticleAlertsIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void shouldSendOneArticleAlertForTheMatchingArticleAndNoneForTheOther(@TempDir Path dir) throws Exception {
        // Given a webhook subscription that watches acquisitions in articles, deal or not
        String secret = AlertsFixtures.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Path config = ConfigDir.create(dir.resolve("config"))
                    .copyShipped("taxonomy.yml")
                    .main("data-dir: \"" + dir.resolve("data") + "\"",
                            "kafka:",
                            "  topic-prefix: articles.",
                            "network:",
                            "  allow: [127.0.0.0/8]",
                            "alerts:",
                            "  http-port: -1")
                    .write("subscriptions.yml", "subscriptions:\n"
                            + "  - id: watch\n"
                            + "    channel: webhook\n"
                            + "    url: \"" + receiver.url() + "\"\n"
                            + "    secret: \"" + secret + "\"\n"
                            + "    alert-on: articles\n"
                            + "    query: 'acquisition AND NOT rumour'\n")
                    .path();
            NewswatchConfig shipped = ConfigLoader.load(config);
            NewswatchConfig loaded = shipped.withKafka(shipped.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
            Topics topics = loaded.topics();
            EnrichedArticle matching = article("it-1", "it", "Cisco annuncia l'acquisizione di Spline AI",
                    "La startup torinese passa a Cisco.");
            EnrichedArticle other = article("en-2", "en", "Cisco opens an office in Turin", "Forty people will work there.");

            try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "articles", Clock.systemUTC())) {
                AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
                // When the enriched topic gets the matching article (twice: a re-read) and the other one
                produce(topics, List.of(matching, other, matching));
                Await.until(() -> watched(loaded) == 3 && delivered(topics) == 1 && receiver.quietNanos()
                                > Duration.ofSeconds(2).toNanos(), Duration.ofSeconds(60),
                        () -> "articles read: " + watched(loaded) + ", ledger: "
                                + AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values() + ", calls: "
                                + receiver.requests().stream().map(WebhookReceiver.Request::body).toList());
            }

            // Then one webhook call, the article alert of the Italian article, keyed apart from any deal alert
            List<WebhookReceiver.Request> calls = receiver.requests();
            assertEquals(1, calls.size(), calls.stream().map(WebhookReceiver.Request::body).toList().toString());
            JsonNode body = calls.get(0).json();
            assertEquals("article-it-1", body.path("alertId").asText(), body.toString());
            assertEquals("article", body.path("kind").asText(), body.toString());
            assertEquals("Cisco annuncia l'acquisizione di Spline AI", body.path("headline").asText(), body.toString());
            assertTrue(body.path("amountUsd").isNull(), body.toString());
            assertEquals(DeliveryIds.forAlert("article-it-1", "watch"), calls.get(0).header("webhook-id"));
            // And the alerts topic holds article alerts of that article only (written once per reading)
            List<String> alertIds = TopicReader.readAll(KAFKA.bootstrapServers(), topics.alerts).stream()
                    .map(r -> r.value().alertId()).distinct().toList();
            assertEquals(List.of("article-it-1"), alertIds);
        }
    }

    private static EnrichedArticle article(String id, String language, String title, String summary) {
        Article a = new Article(id, "wire-" + language, "Wire " + language, "https://news.example.test/" + id, title,
                summary, null, AT, AT, language, List.of(), List.of());
        Entity cisco = new Entity("cisco", "Cisco", List.of(), "company", null, Map.of("country", "US"));
        return new EnrichedArticle(id, a, List.of(new CategoryTag("m-and-a", List.of("acquisizione"), 1)), List.of(),
                List.of(cisco), List.of());
    }

    private static void produce(Topics topics, List<EnrichedArticle> articles) throws Exception {
        KafkaClients clients = new KafkaClients(KAFKA.bootstrapServers(), Map.of());
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(clients.producer("it-enriched", null),
                topics.enriched.keySerde().serializer(), topics.enriched.valueSerde().serializer())) {
            List<Future<?>> acks = new ArrayList<>();
            for (EnrichedArticle a : articles) {
                acks.add(producer.send(new ProducerRecord<>(topics.enriched.name(), a.id(), a)));
            }
            for (Future<?> ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Enriched articles the article-alert step committed (-1 while the group cannot be read). */
    private static long watched(NewswatchConfig config) {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", KAFKA.bootstrapServers()))) {
            Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(config.topics().prefix() + "alerts-articles")
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            return offsets.values().stream().filter(o -> o != null).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static long delivered(Topics topics) {
        return AlertsFixtures.ledger(KAFKA.bootstrapServers(), topics).values().stream()
                .filter(d -> Delivery.DELIVERED.equals(d.state())).count();
    }
}

package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.rule.KeywordForms;
import dev.newswatch.core.topic.Topics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ArticleWatch} on a mock consumer and producer: which enriched articles become article alerts, and when it commits. */
class ArticleWatchTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final TopicPartition ENRICHED = new TopicPartition(TOPICS.enriched.name(), 0);

    private final MockConsumer<String, EnrichedArticle> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, Object> producer = new MockProducer<>(true, null, (topic, key) -> new byte[0],
            (topic, value) -> new byte[0]);
    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private ArticleWatch watch;

    @BeforeEach
    void setUp() {
        consumer.assign(List.of(ENRICHED));
        consumer.updateBeginningOffsets(Map.of(ENRICHED, 0L));
        watch = new ArticleWatch(consumer, subscriptions, KeywordForms.NONE, new RecordWriter(producer),
                TOPICS.alerts.name(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void shouldWriteOneAlertForTheMatchingArticleOnlyThenCommit() {
        subscriptions.put("watch", subscription("watch", "articles", "\"chip plant\""));
        subscriptions.put("deals", subscription("deals", null, "chip"));   // deal alerts only: no article alert for it
        consumer.addRecord(record(0, article("a1", "Spline AI opens a chip plant in Turin")));
        consumer.addRecord(record(1, article("a2", "Spline AI hires a new chief executive")));

        watch.poll(Duration.ZERO);

        List<ProducerRecord<String, Object>> written = producer.history();
        assertEquals(List.of("article-a1"), written.stream().map(ProducerRecord::key).toList());
        assertEquals(TOPICS.alerts.name(), written.get(0).topic());
        assertEquals(Alert.ARTICLE, ((Alert) written.get(0).value()).kind());
        assertEquals(NOW, ((Alert) written.get(0).value()).raisedAt());
        assertEquals(2L, committedOffset());
    }

    @Test
    void shouldWriteNothingButStillCommitWhenNoSubscriptionWatchesArticles() {
        subscriptions.put("deals", subscription("deals", null, "chip"));
        consumer.addRecord(record(0, article("a1", "Spline AI opens a chip plant in Turin")));

        watch.poll(Duration.ZERO);

        assertEquals(List.of(), producer.history());
        assertEquals(1L, committedOffset());
    }

    @Test
    void shouldCommitNothingAndReadAgainWhenTheAlertWriteFails() {
        // Given: the alerts topic refuses the write
        subscriptions.put("watch", subscription("watch", "both", "chip"));
        producer.sendException = new KafkaException("alerts write refused");
        consumer.addRecord(record(0, article("a1", "Spline AI opens a chip plant in Turin")));

        watch.poll(Duration.ZERO);

        // Then: nothing committed, and the article is read again
        assertEquals(Set.of(), consumer.committed(Set.of(ENRICHED)).keySet(), "nothing may be committed");
        assertEquals(0L, consumer.position(ENRICHED), "sought back to the article");

        // When the broker takes writes again, the article makes its alert
        producer.sendException = null;
        consumer.addRecord(record(0, article("a1", "Spline AI opens a chip plant in Turin")));
        watch.poll(Duration.ZERO);
        assertEquals(List.of("article-a1"), producer.history().stream().map(ProducerRecord::key).toList());
        assertEquals(1L, committedOffset());
    }

    private long committedOffset() {
        OffsetAndMetadata committed = consumer.committed(Set.of(ENRICHED)).get(ENRICHED);
        return committed == null ? -1 : committed.offset();
    }

    private static ConsumerRecord<String, EnrichedArticle> record(long offset, EnrichedArticle article) {
        return new ConsumerRecord<>(ENRICHED.topic(), ENRICHED.partition(), offset, article.id(), article);
    }

    private static EnrichedArticle article(String id, String title) {
        Article a = new Article(id, "wire", "Wire", "https://x.invalid/" + id, title, "", null, NOW, NOW, "en", List.of(),
                List.of());
        return new EnrichedArticle(id, a, List.of(), List.of(), List.of(), List.of());
    }

    private static Subscription subscription(String id, String alertOn, String query) {
        return new Subscription(id, Subscription.CONSOLE, null, List.of(), null, null, null, null, BigDecimal.ZERO,
                List.of(), List.of(), List.of(), List.of(), List.of(), 0, false, null, null, null, null, null, null, null,
                null, query, alertOn);
    }
}

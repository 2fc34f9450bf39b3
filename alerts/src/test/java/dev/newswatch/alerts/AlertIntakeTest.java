package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
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

class AlertIntakeTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final TopicPartition ALERTS = new TopicPartition(TOPICS.alerts.name(), 0);
    private static final Subscription EVERYTHING = new Subscription("everything", Subscription.CONSOLE, null, null,
            null, null, null, null, BigDecimal.ONE, null, null, null, null, null, 0, false, null);
    private static final Alert ALERT = alert();
    private static final String DELIVERY_ID = DeliveryIds.forAlert(ALERT.alertId(), EVERYTHING.id());

    private final MockConsumer<String, Alert> consumer = new MockConsumer<>("earliest");
    private final MockProducer<String, Object> producer = new MockProducer<>(true, null, (topic, key) -> new byte[0],
            (topic, value) -> new byte[0]);
    private final DeliveryLedger ledger = new DeliveryLedger();
    private AlertIntake intake;

    @BeforeEach
    void setUp() {
        consumer.assign(List.of(ALERTS));
        consumer.updateBeginningOffsets(Map.of(ALERTS, 0L));
        Map<String, Subscription> subscriptions = new LinkedHashMap<>(Map.of(EVERYTHING.id(), EVERYTHING));
        intake = new AlertIntake(consumer, subscriptions, BigDecimal.ONE, ledger, new RecordWriter(producer),
                TOPICS.deliveries.name(), Clock.fixed(NOW, ZoneOffset.UTC), FailureInjector.NONE);
    }

    @Test
    void shouldWriteAPendingDeliveryBeforeCommittingTheAlertsOffset() {
        consumer.addRecord(alertRecord());

        intake.poll(Duration.ZERO);

        assertEquals(List.of(DELIVERY_ID), pendingDeliveries());
        assertEquals(1L, committedOffset());
    }

    /**
     * Regression (issue 11): after a failed ledger write the alerts were read again, but their delivery ids were
     * already known, so no pending delivery was written and the offset was committed anyway.
     */
    @Test
    void shouldWriteTheLedgerAgainForAlertsReadAgainAfterAFailedLedgerWrite() {
        // Given: the first ledger write fails
        producer.sendException = new KafkaException("ledger write refused");
        consumer.addRecord(alertRecord());
        intake.poll(Duration.ZERO);
        assertEquals(Set.of(), consumer.committed(Set.of(ALERTS)).keySet(), "nothing may be committed after the failure");
        assertEquals(0L, consumer.position(ALERTS), "the intake must seek back to the failed alert");

        // When: the broker takes writes again and the alert is read again
        producer.sendException = null;
        consumer.addRecord(alertRecord());
        intake.poll(Duration.ZERO);

        // Then: the pending delivery is in the ledger before the offset moved on
        assertEquals(List.of(DELIVERY_ID), pendingDeliveries(), "pending deliveries written to the ledger");
        assertEquals(1L, committedOffset());
        assertTrue(ledger.openDeliveries().stream().anyMatch(d -> d.deliveryId().equals(DELIVERY_ID)));
    }

    @Test
    void shouldScheduleAWeeklyDigestAtTheSubscribersHourInTheirTimeZone() {
        // Given a weekly digest on Friday at 08:00 in Paris; NOW is Thursday 2026-12-03 10:00 UTC
        Subscription weekly = new Subscription("weekly", Subscription.EMAIL, null, null, null, "a@example.test", "digest",
                "weekly", BigDecimal.ONE, null, null, null, null, null, 0, false, null, null, null, null, null, 8, "friday",
                "Europe/Paris");
        intake = new AlertIntake(consumer, new LinkedHashMap<>(Map.of(weekly.id(), weekly)), BigDecimal.ONE, ledger,
                new RecordWriter(producer), TOPICS.deliveries.name(), Clock.fixed(NOW, ZoneOffset.UTC),
                FailureInjector.NONE);
        consumer.addRecord(alertRecord());

        intake.poll(Duration.ZERO);

        // Then the delivery waits in the ledger until Friday 08:00 CET, 07:00 UTC
        Delivery d = (Delivery) producer.history().get(0).value();
        assertEquals(Delivery.DIGEST, d.state());
        assertEquals(Instant.parse("2026-12-04T07:00:00Z"), d.nextAttempt());
    }

    private List<String> pendingDeliveries() {
        return producer.history().stream()
                .filter(r -> r.topic().equals(TOPICS.deliveries.name()))
                .filter(r -> r.value() instanceof Delivery d && Delivery.PENDING.equals(d.state()))
                .map(ProducerRecord::key)
                .toList();
    }

    private Long committedOffset() {
        OffsetAndMetadata committed = consumer.committed(Set.of(ALERTS)).get(ALERTS);
        return committed == null ? null : committed.offset();
    }

    private static ConsumerRecord<String, Alert> alertRecord() {
        return new ConsumerRecord<>(ALERTS.topic(), ALERTS.partition(), 0L, ALERT.alertId(), ALERT);
    }

    private static Alert alert() {
        Entity amazon = new Entity("amazon", "Amazon", List.of(), "company", null, Map.of());
        Entity openai = new Entity("openai", "OpenAI", List.of(), "company", null, Map.of());
        BigDecimal amount = new BigDecimal("10000000000");
        Deal deal = new Deal(new Party(amazon.id(), amazon.name(), amazon), new Party(openai.id(), openai.name(), openai),
                amount, null, "USD", amount, Qualifier.MORE_THAN, DealType.INVESTMENT, DealStage.IN_TALKS, "evidence", 0, 8);
        Source source = new Source("article-1", "outlet", "title", "https://news.example.test/1", "en", NOW);
        TrackedDeal tracked = new TrackedDeal("deal-1", deal, List.of("ai-funding"), List.of(source), NOW, NOW, 1, "new");
        return new Alert("deal-1-v1", Alert.NEW, tracked, NOW);
    }
}

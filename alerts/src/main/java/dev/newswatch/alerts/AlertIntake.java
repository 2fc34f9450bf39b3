package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.rule.KeywordForms;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the alerts topic: turns each alert into a new delivery per subscription that wants it, writes
 * those deliveries to the ledger as pending (or digest) and commits the alerts' offsets only once the broker
 * acknowledged every one of them. When a ledger write fails it seeks back, so the alerts are read again.
 *
 * <p>Coordinator thread only.
 */
final class AlertIntake {

    private static final Logger LOG = LoggerFactory.getLogger(AlertIntake.class);

    private final Consumer<String, Alert> consumer;
    private final Map<String, Subscription> subscriptions;
    private final BigDecimal defaultMinUsd;
    private final DeliveryLedger ledger;
    private final RecordWriter writer;
    private final String deliveriesTopic;
    private final Clock clock;
    private final FailureInjector failures;
    private final KeywordForms forms;

    /**
     * @param subscriptions the current subscriptions by id, read live (the coordinator keeps them up to date)
     */
    AlertIntake(Consumer<String, Alert> consumer, Map<String, Subscription> subscriptions, BigDecimal defaultMinUsd,
                DeliveryLedger ledger, RecordWriter writer, String deliveriesTopic, Clock clock,
                FailureInjector failures) {
        this(consumer, subscriptions, defaultMinUsd, ledger, writer, deliveriesTopic, clock, failures, KeywordForms.NONE);
    }

    /** With the keyword {@code forms} that subscription rules match through. */
    AlertIntake(Consumer<String, Alert> consumer, Map<String, Subscription> subscriptions, BigDecimal defaultMinUsd,
                DeliveryLedger ledger, RecordWriter writer, String deliveriesTopic, Clock clock,
                FailureInjector failures, KeywordForms forms) {
        this.forms = forms;
        this.consumer = consumer;
        this.subscriptions = subscriptions;
        this.defaultMinUsd = defaultMinUsd;
        this.ledger = ledger;
        this.writer = writer;
        this.deliveriesTopic = deliveriesTopic;
        this.clock = clock;
        this.failures = failures;
    }

    /**
     * Polls the alerts topic once (waiting up to {@code timeout}) and takes in what came; an unreadable alert
     * is logged and skipped.
     *
     * @throws org.apache.kafka.common.errors.WakeupException when the consumer was woken to stop
     */
    void poll(Duration timeout) {
        try {
            handle(consumer.poll(timeout));
        } catch (RecordDeserializationException e) {
            LOG.error("Skipping unreadable alert at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    /** Records new deliveries for {@code records} in the ledger, then commits their offsets or seeks back. */
    void handle(ConsumerRecords<String, Alert> records) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Future<?>> acks = new ArrayList<>();
        List<String> created = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<TopicPartition, Long> firstOffsets = new HashMap<>();
        for (ConsumerRecord<String, Alert> record : records) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            firstOffsets.putIfAbsent(tp, record.offset());
            offsets.put(tp, new OffsetAndMetadata(record.offset() + 1));
            Alert alert = record.value();
            if (alert == null) {
                continue;
            }
            for (Subscription s : SubscriptionFilter.matching(List.copyOf(subscriptions.values()), alert, defaultMinUsd,
                    forms)) {
                String deliveryId = DeliveryIds.forAlert(alert.alertId(), s.id());
                if (!ledger.claim(deliveryId)) {
                    continue;
                }
                boolean digest = s.digestMode();
                Delivery d = new Delivery(deliveryId, s.id(), alert, digest ? Delivery.DIGEST : Delivery.PENDING, 0, null,
                        digest ? DeliveryRules.digestDue(s, now) : now, null, now, record.partition());
                ledger.open(d);
                created.add(deliveryId);
                acks.add(writer.write(deliveriesTopic, deliveryId, d));
                LOG.debug("Alert {} queued for subscription {} as delivery {}.", alert.alertId(), s.id(), deliveryId);
            }
        }
        // The ledger must hold every new delivery before the alerts' offsets move on. Any failed write clears the
        // flag here: the alerts read again after a failure must not be sent back again for that same failure.
        boolean acknowledged = RecordWriter.waitFor(acks);
        boolean failed = writer.takeFailure();
        if (acknowledged && !failed) {
            if (!acks.isEmpty()) {
                failures.reached(FailureInjector.Point.AFTER_LEDGER);
            }
            // The position is past the transaction markers too, so a caught-up group shows no lag.
            offsets.replaceAll((tp, offset) -> new OffsetAndMetadata(consumer.position(tp)));
            consumer.commitSync(offsets);
        } else {
            LOG.warn("Writing the delivery ledger failed; these alerts will be read again.");
            // Read again, they must make their deliveries again: known ids would be skipped, and their offsets
            // committed with no pending record in the ledger.
            created.forEach(ledger::forget);
            firstOffsets.forEach(consumer::seek);
        }
    }
}

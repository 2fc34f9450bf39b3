package dev.newswatch.alerts;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.rule.KeywordForms;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article alerts: reads the enriched-articles topic and writes an article alert ({@link Alert#ofArticle}) to the
 * alerts topic for each article that at least one subscription with {@code alert-on: articles} (or {@code both})
 * wants. From there the alert goes the way of every alert ({@link AlertIntake}: one delivery per subscription that
 * wants it, the ledger, retries, channels). The alert id is {@code article-<article id>}, so an article read twice
 * (after a crash) makes the same alert, and the ledger sends it once per subscription. Offsets are committed only
 * once the broker acknowledged the alerts; a failed write seeks back.
 *
 * <p>Coordinator thread only.
 */
final class ArticleWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleWatch.class);

    private final Consumer<String, EnrichedArticle> consumer;
    private final Map<String, Subscription> subscriptions;
    private final KeywordForms forms;
    private final RecordWriter writer;
    private final String alertsTopic;
    private final Clock clock;

    /**
     * @param subscriptions the current subscriptions by id, read live (the coordinator keeps them up to date)
     */
    ArticleWatch(Consumer<String, EnrichedArticle> consumer, Map<String, Subscription> subscriptions, KeywordForms forms,
                 RecordWriter writer, String alertsTopic, Clock clock) {
        this.consumer = consumer;
        this.subscriptions = subscriptions;
        this.forms = forms;
        this.writer = writer;
        this.alertsTopic = alertsTopic;
        this.clock = clock;
    }

    /** Polls the enriched topic once (waiting up to {@code timeout}); an unreadable record is logged and skipped. */
    void poll(Duration timeout) {
        try {
            handle(consumer.poll(timeout));
        } catch (RecordDeserializationException e) {
            LOG.error("Skipping unreadable enriched article at {} offset {}: {}", e.topicPartition(), e.offset(),
                    e.getMessage());
            consumer.seek(e.topicPartition(), e.offset() + 1);
        }
    }

    /** Writes the article alerts of {@code records}, then commits their offsets or seeks back. */
    void handle(ConsumerRecords<String, EnrichedArticle> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Subscription> watching = subscriptions.values().stream()
                .filter(s -> s.wantsArticles() && !s.disabled()).toList();
        List<Future<?>> acks = new ArrayList<>();
        Map<TopicPartition, Long> firstOffsets = new HashMap<>();
        for (ConsumerRecord<String, EnrichedArticle> record : records) {
            firstOffsets.putIfAbsent(new TopicPartition(record.topic(), record.partition()), record.offset());
            if (record.value() == null || watching.isEmpty()) {
                continue;
            }
            Alert alert = Alert.ofArticle(record.value(), clock.instant());
            // The default minimum does not apply to articles: any value serves.
            if (!SubscriptionFilter.matching(watching, alert, BigDecimal.ZERO, forms).isEmpty()) {
                acks.add(writer.write(alertsTopic, alert.alertId(), alert));
                LOG.debug("Article {} matches a subscription's rule: article alert {} raised.", record.value().id(),
                        alert.alertId());
            }
        }
        boolean acknowledged = RecordWriter.waitFor(acks);
        boolean failed = writer.takeFailure();
        if (acknowledged && !failed) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            // The position is past the transaction markers too, so a caught-up group shows no lag.
            firstOffsets.keySet().forEach(tp -> offsets.put(tp, new OffsetAndMetadata(consumer.position(tp))));
            try {
                consumer.commitSync(offsets);
            } catch (CommitFailedException | RebalanceInProgressException e) {
                // The partitions moved to another instance, which reads these articles again: their alerts have the
                // same ids, so the ledger sends none of them twice.
                LOG.warn("Committing the enriched articles' offsets failed during a rebalance ({}); they will be read"
                        + " again.", e.getMessage());
            }
        } else {
            LOG.warn("Writing article alerts failed; these enriched articles will be read again.");
            firstOffsets.forEach(consumer::seek);
        }
    }
}

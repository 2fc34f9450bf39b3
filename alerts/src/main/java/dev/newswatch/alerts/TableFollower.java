package dev.newswatch.alerts;

import dev.newswatch.core.kafka.WholeTopic;
import java.time.Duration;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a compacted table topic (subscriptions, the delivery ledger) from its beginning, handing each record
 * to {@code apply}. Reads every partition itself, outside any group, so each instance sees the whole table.
 *
 * <p>Coordinator thread only.
 */
final class TableFollower<V> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TableFollower.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration CATCH_UP_TIMEOUT = Duration.ofSeconds(60);

    private final Consumer<String, V> consumer;
    private final BiConsumer<String, V> apply;

    /** Assigns every partition of {@code topic} to {@code consumer} and positions it at the beginning. */
    TableFollower(Consumer<String, V> consumer, String topic, BiConsumer<String, V> apply) {
        this.consumer = consumer;
        this.apply = apply;
        WholeTopic.assignFromBeginning(consumer, topic);
    }

    /**
     * Reads up to the table's end as it is now.
     *
     * @throws IllegalStateException when that takes longer than 60 s
     */
    void catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        long deadline = System.nanoTime() + CATCH_UP_TIMEOUT.toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out reading " + consumer.assignment());
            }
            consumer.poll(POLL).forEach(r -> apply.accept(r.key(), r.value()));
        }
    }

    /** Applies what is there now, without waiting. */
    void poll() {
        consumer.poll(Duration.ZERO).forEach(r -> apply.accept(r.key(), r.value()));
    }

    /** Applies what arrives within the next 100 ms. */
    void pollWaiting() {
        consumer.poll(POLL).forEach(r -> apply.accept(r.key(), r.value()));
    }

    /** Closes the consumer, waiting at most 5 s. */
    @Override
    public void close() {
        closeQuietly(consumer);
    }

    /** Closes {@code consumer} (null allowed), waiting at most 5 s, and logs a failure at DEBUG only. */
    static void closeQuietly(Consumer<?, ?> consumer) {
        if (consumer == null) {
            return;
        }
        try {
            consumer.close(Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            LOG.debug("Closing a consumer failed: {}", e.getMessage());
        }
    }
}

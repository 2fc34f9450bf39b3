package dev.newswatch.alerts;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the alerter's records (ledger entries, dead letters, disabled subscriptions) and remembers that a
 * write failed, whether {@code send} threw or the broker refused the record later: the caller then reads its
 * alerts again instead of moving their offsets on.
 *
 * <p>Writes from the coordinator thread; failures may be flagged from the producer's thread.
 */
final class RecordWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RecordWriter.class);
    private static final long ACK_TIMEOUT_SECONDS = 60;

    private final Producer<String, Object> producer;
    private final AtomicBoolean writeFailed = new AtomicBoolean();

    RecordWriter(Producer<String, Object> producer) {
        this.producer = producer;
    }

    /** Sends one record; the returned future completes when the broker acknowledged it, or fails. */
    Future<?> write(String topic, String key, Object value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                if (e != null) {
                    writeFailed.set(true);
                    LOG.error("Writing {} to {} failed: {}", key, topic, e.getMessage());
                }
            });
        } catch (KafkaException e) {
            writeFailed.set(true);
            LOG.error("Writing {} to {} failed: {}", key, topic, e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
    }

    /** True when a write failed since the last call; clears the flag. */
    boolean takeFailure() {
        return writeFailed.getAndSet(false);
    }

    /** Waits for every acknowledgement (at most 60 s each); false when one failed or the wait was interrupted. */
    static boolean waitFor(List<Future<?>> acks) {
        for (Future<?> ack : acks) {
            try {
                ack.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    /** Closes the producer, waiting at most 5 s for records still in flight. */
    @Override
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}

package dev.newswatch.ingest;

import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Closes Kafka clients and meter bindings on the way out, where a failure to close must not hide the cause. */
final class KafkaCloser {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaCloser.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private KafkaCloser() {
    }

    /** Closes {@code closeable} (null allowed), waiting at most 5 s for a Kafka client, and logs a failure at DEBUG. */
    static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            if (closeable instanceof Producer<?, ?> p) {
                p.close(CLOSE_TIMEOUT);
            } else if (closeable instanceof Consumer<?, ?> c) {
                c.close(CLOSE_TIMEOUT);
            } else {
                closeable.close();
            }
        } catch (Exception e) {
            LOG.debug("Closing {} failed: {}", closeable.getClass().getSimpleName(), e.getMessage());
        }
    }
}

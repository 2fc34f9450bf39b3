package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Gauge;
import org.junit.jupiter.api.Test;

/**
 * The state-store meters of Kafka Streams, named after the store's type, reach /metrics for both kinds of store:
 * an in-memory store and a RocksDB store of the same topology used to give one meter name two sets of tag keys, and
 * Prometheus dropped the second.
 */
class StateStoreMetersTest {

    @Test
    void shouldScrapeTheMetersOfAnInMemoryAndARocksDbStoreUnderOneName() throws Exception {
        try (ProcessMeters meters = new ProcessMeters()) {
            Gauge.builder("kafka.stream.state.get.latency.avg", () -> 1.5)
                    .tag("in.memory.state.id", "entity-table").tag("task.id", "0_0").register(meters.registry());
            Gauge.builder("kafka.stream.state.get.latency.avg", () -> 2.5)
                    .tag("rocksdb.state.id", "deal-book").tag("task.id", "2_1").register(meters.registry());

            String scraped = meters.scrape();

            assertTrue(scraped.contains("kafka_stream_state_get_latency_avg{state_id=\"entity-table\",store_type=\"in.memory\",task_id=\"0_0\"} 1.5"), scraped);
            assertTrue(scraped.contains("kafka_stream_state_get_latency_avg{state_id=\"deal-book\",store_type=\"rocksdb\",task_id=\"2_1\"} 2.5"), scraped);
        }
    }
}

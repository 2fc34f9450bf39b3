package dev.newswatch.core.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

/**
 * {@link KafkaContact}: Kafka is unreachable for a stage once none of its clients' response counts grew for longer
 * than the silence limit, and reachable again at the first check that sees one grow. Stand-in metrics and clock.
 */
class KafkaContactTest {

    private static final Duration SILENCE = Duration.ofSeconds(15);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final KafkaContact contact = new KafkaContact(SILENCE, nanos::get);

    @Test
    void shouldStayReachableWhileResponsesKeepComing() {
        // Given a consumer whose response count grows by one every 10 s
        Map<MetricName, Metric> consumer = new HashMap<>();
        contact.watch(() -> consumer);

        for (int i = 1; i <= 5; i++) {
            // When
            put(consumer, "consumer-metrics", "ingest-feeds", i);
            advance(Duration.ofSeconds(10));

            // Then
            KafkaContact.Status status = contact.check();
            assertTrue(status.reachable(), "check " + i + ": " + status);
            assertEquals("ok", status.word());
        }
    }

    @Test
    void shouldReportUnreachableOnceSilentForLongerThanTheLimitThenRecoverAtTheFirstResponse() {
        // Given a producer that got 40 responses, seen by a first check
        Map<MetricName, Metric> producer = new HashMap<>();
        contact.watch(() -> producer);
        put(producer, "producer-metrics", "ingest-1", 40);
        assertTrue(contact.check().reachable());

        // When no response comes for 15 s, then for 16 s
        advance(SILENCE);
        KafkaContact.Status atTheLimit = contact.check();
        advance(Duration.ofSeconds(1));
        KafkaContact.Status beyond = contact.check();

        // Then it is reachable up to the limit and unreachable beyond it
        assertTrue(atTheLimit.reachable(), atTheLimit.toString());
        assertFalse(beyond.reachable(), beyond.toString());
        assertEquals("unreachable", beyond.word());
        assertEquals(Duration.ofSeconds(16), beyond.silent());

        // And when a response arrives, the next check finds Kafka reachable again
        advance(Duration.ofSeconds(30));
        put(producer, "producer-metrics", "ingest-1", 41);
        KafkaContact.Status back = contact.check();
        assertTrue(back.reachable(), back.toString());
        assertEquals(Duration.ZERO, back.silent());
    }

    @Test
    void shouldIgnoreThePerBrokerCountsAndOtherMetrics() {
        // Given a client whose only growing metrics are a per-broker response count and its request count
        Map<MetricName, Metric> client = new HashMap<>();
        contact.watch(() -> client);
        put(client, "consumer-metrics", "alerts-1", 7);
        contact.check();
        MetricName perNode = new MetricName(KafkaContact.RESPONSE_TOTAL, "consumer-node-metrics", "",
                Map.of("client-id", "alerts-1", "node-id", "node-1"));
        MetricName requests = new MetricName("request-total", "consumer-metrics", "", Map.of("client-id", "alerts-1"));

        // When they grow for 20 s
        client.put(perNode, metric(perNode, 99));
        client.put(requests, metric(requests, 99));
        advance(Duration.ofSeconds(20));

        // Then nothing was heard
        assertFalse(contact.check().reachable());
    }

    @Test
    void shouldCountAReplacedClientOnlyOnceItsNewCountGrows() {
        // Given a producer with 500 responses, then replaced under the same client id: its count starts at 0
        Map<MetricName, Metric> producer = new HashMap<>();
        contact.watch(() -> producer);
        put(producer, "producer-metrics", "ingest-1", 500);
        contact.check();
        put(producer, "producer-metrics", "ingest-1", 0);
        advance(Duration.ofSeconds(20));

        // When it stays at 0, then gets its first response
        boolean whileZero = contact.check().reachable();
        put(producer, "producer-metrics", "ingest-1", 1);
        boolean afterFirst = contact.check().reachable();

        // Then
        assertFalse(whileZero, "a restarted count is no response");
        assertTrue(afterFirst, "the new client's first response");
    }

    @Test
    void shouldCountAClosedClientAsSilentAndHearTheOthers() {
        // Given one client whose metrics throw (closed) and one that answers
        Map<MetricName, Metric> alive = new HashMap<>();
        contact.watch(() -> {
            throw new IllegalStateException("This consumer has already been closed.");
        });
        contact.watch(() -> alive);

        // When the live one gets a response after 20 s
        advance(Duration.ofSeconds(20));
        put(alive, "consumer-metrics", "enrich-StreamThread-1-consumer", 3);

        // Then
        assertTrue(contact.check().reachable());
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    private static void put(Map<MetricName, Metric> metrics, String group, String clientId, double responses) {
        MetricName name = new MetricName(KafkaContact.RESPONSE_TOTAL, group, "", Map.of("client-id", clientId));
        metrics.put(name, metric(name, responses));
    }

    private static Metric metric(MetricName name, double value) {
        return new Metric() {
            @Override
            public MetricName metricName() {
                return name;
            }

            @Override
            public Object metricValue() {
                return value;
            }
        };
    }
}

package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.ingest.IngestService;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The liveness of {@code /health/live} follows the stage's own thread: an ingest instance whose coordinator stops on
 * an error (here its first Kafka client refuses a bootstrap address that does not resolve) is no longer live, while
 * closing it later does not hide why. Real Kafka clients, no broker.
 */
class StageLivenessTest {

    @Test
    void shouldReportAnIngestInstanceWhoseThreadDiedAsNotLive(@TempDir Path dir) throws Exception {
        // Given an ingest instance pointed at a host name that cannot resolve (RFC 2606 .invalid)
        Path config = ConfigDir.create(dir.resolve("config"))
                .main("data-dir: \"" + dir.resolve("data") + "\"", "kafka:", "  topic-prefix: live.")
                .write(ConfigDir.FEEDS_FILE, "feeds: []\n").path();
        NewswatchConfig loaded = ConfigLoader.load(config);
        KafkaClients clients = new KafkaClients("kafka.newswatch.invalid:9092", Map.of());
        IngestService ingest = IngestWiring.service(loaded, clients, "live", Clock.systemUTC());
        assertTrue(StageChecks.ingestLive(ingest).get().up(), "live before the start");

        try {
            // When it starts, and its coordinator thread fails to create its first consumer
            ingest.start();

            // Then the liveness check turns down, naming the error
            CheckResult dead = Await.value("the ingest liveness check down", () -> StageChecks.ingestLive(ingest).get(),
                    result -> !result.up(), Duration.ofSeconds(30));
            assertTrue(dead.detail().startsWith("coordinator thread stopped on an unexpected error: "), dead.detail());
            assertFalse(new HealthReport(Map.of("ingest", dead)).up());
        } finally {
            ingest.close();
        }

        // And closing it afterwards does not hide why it died
        assertFalse(StageChecks.ingestLive(ingest).get().up());
    }
}

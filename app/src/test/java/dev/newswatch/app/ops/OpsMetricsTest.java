package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.metrics.PipelineMetrics;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PipelineMetrics} rendered by the process registry: the Prometheus names and values of the pipeline's
 * counters and histograms after a known sequence of events, the JVM meters, and the no-op default.
 */
class OpsMetricsTest {

    private final ProcessMeters meters = new ProcessMeters();
    private final PipelineMetrics metrics = new PipelineMetrics(meters.registry());

    @AfterEach
    void close() {
        meters.close();
    }

    @Test
    void shouldCountFetchesByOutcomeAndArticlesIngested() {
        // Given two good fetches, one 304 and one failure, committing 5 then 2 articles
        metrics.fetched("ok", Duration.ofMillis(120));
        metrics.fetched("ok", Duration.ofMillis(700));
        metrics.fetched("not-modified", Duration.ofMillis(30));
        metrics.fetched("failed", Duration.ofSeconds(12));
        metrics.articlesIngested(5);
        metrics.articlesIngested(2);

        // When
        String scrape = meters.scrape();

        // Then
        assertEquals(Optional.of(7.0), value(scrape, "newswatch_articles_ingested_total"));
        assertEquals(Optional.of(2.0), value(scrape, "newswatch_fetches_total{outcome=\"ok\"}"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_fetches_total{outcome=\"not-modified\"}"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_fetches_total{outcome=\"failed\"}"));
        assertEquals(Optional.of(4.0), value(scrape, "newswatch_fetch_latency_seconds_count"));
        // 30 ms and 120 ms are at or under 0.25 s; 700 ms is under 1 s; 12 s only under 30 s
        assertEquals(Optional.of(2.0), value(scrape, "newswatch_fetch_latency_seconds_bucket{le=\"0.25\"}"));
        assertEquals(Optional.of(3.0), value(scrape, "newswatch_fetch_latency_seconds_bucket{le=\"1.0\"}"));
        assertEquals(Optional.of(3.0), value(scrape, "newswatch_fetch_latency_seconds_bucket{le=\"10.0\"}"));
        assertEquals(Optional.of(4.0), value(scrape, "newswatch_fetch_latency_seconds_bucket{le=\"30.0\"}"));
        assertEquals(12.85, value(scrape, "newswatch_fetch_latency_seconds_sum").orElseThrow(), 1e-9);
    }

    @Test
    void shouldShowEveryPipelineMeterAtZeroBeforeTheFirstEvent() {
        // When
        String scrape = meters.scrape();

        // Then
        for (String name : new String[] {"newswatch_articles_ingested_total", "newswatch_articles_deduplicated_total",
                "newswatch_deals_found_total", "newswatch_alerts_raised_total",
                "newswatch_fetches_total{outcome=\"ok\"}", "newswatch_deliveries_total{outcome=\"delivered\"}",
                "newswatch_deliveries_total{outcome=\"dead\"}", "newswatch_alert_delivery_latency_seconds_count"}) {
            assertEquals(Optional.of(0.0), value(scrape, name), name + " in:\n" + scrape);
        }
    }

    @Test
    void shouldCountEnrichEventsAndDeliveriesAndTimeOnlyRecentDeliveredAlerts() {
        // Given
        metrics.articleDeduplicated();
        metrics.dealFound();
        metrics.dealFound();
        metrics.alertRaised();
        metrics.deliveryAttempted("failed", Duration.ofSeconds(3));
        metrics.deliveryAttempted("delivered", Duration.ofSeconds(4));
        metrics.deliveryAttempted("delivered", Duration.ofDays(30)); // an alert from a replay of old news
        metrics.deliveryAttempted("dead", Duration.ofMinutes(10));

        // When
        String scrape = meters.scrape();

        // Then
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_articles_deduplicated_total"));
        assertEquals(Optional.of(2.0), value(scrape, "newswatch_deals_found_total"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_alerts_raised_total"));
        assertEquals(Optional.of(2.0), value(scrape, "newswatch_deliveries_total{outcome=\"delivered\"}"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_deliveries_total{outcome=\"failed\"}"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_deliveries_total{outcome=\"dead\"}"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_alert_delivery_latency_seconds_count"));
        assertEquals(Optional.of(1.0), value(scrape, "newswatch_alert_delivery_latency_seconds_bucket{le=\"5.0\"}"));
        assertEquals(Optional.of(0.0), value(scrape, "newswatch_alert_delivery_latency_seconds_bucket{le=\"2.0\"}"));
    }

    @Test
    void shouldExposeTheJvmMeters() {
        // When
        String scrape = meters.scrape();

        // Then
        for (String prefix : new String[] {"jvm_memory_used_bytes", "jvm_gc_", "jvm_threads_live_threads",
                "jvm_classes_loaded_classes", "system_cpu_count", "process_uptime_seconds"}) {
            assertTrue(scrape.contains(prefix), prefix + " missing from /metrics");
        }
    }

    @Test
    void shouldRecordNothingAndBindNothingWhenNone() {
        // Given
        AtomicBoolean created = new AtomicBoolean();

        // When
        PipelineMetrics.NONE.fetched("ok", Duration.ofMillis(5));
        PipelineMetrics.NONE.articlesIngested(3);
        AutoCloseable unbind = PipelineMetrics.NONE.bind(() -> {
            created.set(true);
            return registry -> { };
        });

        // Then
        assertFalse(PipelineMetrics.NONE.recording());
        assertFalse(created.get(), "no binder is created for NONE");
        assertSame(unbind, PipelineMetrics.NONE.bind(() -> registry -> { }), "one shared no-op handle");
        assertTrue(metrics.recording());
    }

    /** The value of the sample line {@code name value} (the name includes its labels), if present. */
    static Optional<Double> value(String scrape, String name) {
        return Arrays.stream(scrape.split("\n"))
                .filter(l -> l.startsWith(name + " "))
                .map(l -> Double.parseDouble(l.substring(name.length() + 1).trim().split(" ")[0]))
                .findFirst();
    }
}

package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.TrackedDeal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one screen of {@code newswatch status}, laid out from a report built by hand; and the delivery counts. */
class StatusCommandFormatTest {

    private static final Instant NOW = Instant.parse("2026-05-04T12:00:00Z");

    @Test
    void shouldListEachTopicWithItsReplicationCountNewestRecordAndLagByStage() {
        // Given
        StatusReport report = report(List.of(), Map.of());

        // When
        String screen = StatusFormatter.format(report);

        // Then
        assertTrue(screen.contains("Kafka: 127.0.0.1:9092, cluster abc, 1 broker: 1 127.0.0.1:9092 (controller 1 127.0.0.1:9092)"),
                screen);
        assertTrue(screen.matches("(?s).*\\nTOPIC\\s+PARTS\\s+REPLICAS\\s+MINISR\\s+ISR\\s+RECORDS.*"), screen);
        assertTrue(screen.matches("(?s).*\\nnw\\.articles\\s+3\\s+3\\s+2\\s+2\\s+42\\s+5m ago\\s+enrich 7\\n.*"), screen);
        assertTrue(screen.matches("(?s).*\\nnw\\.feeds\\s+3\\s+3\\s+2\\s+3\\s+2\\s+1h 0m ago\\s+ingest 0\\n.*"), screen);
        assertTrue(screen.matches("(?s).*\\nnw\\.alerts\\s+-\\s+-\\s+-\\s+-\\s+-\\s+-\\s+not created yet\\n.*"), screen);
        assertTrue(screen.matches("(?s).*\\nnw\\.deals\\s+3\\s+3\\s+2\\s+1\\s+5\\s+-\\s+UNDER MIN ISR: writes fail\\n.*"), screen);
        assertTrue(screen.matches("(?s).*\\nnw\\.enrich\\s+Stable\\s+1\\s+9\\n.*"), screen);
        assertTrue(screen.matches("(?s).*\\nnw\\.alerts\\s+-\\s+0\\s+-\\n.*"), screen);
        assertTrue(screen.contains("Streams app (enrich): RUNNING"), screen);
        assertTrue(screen.contains("Process: http://127.0.0.1:8089/health: UP (broker UP, enrich UP)"), screen);
        assertTrue(screen.contains("Last article: 5m ago (2026-05-04 11:55:00Z)"), screen);
        assertTrue(screen.contains("Last alert:   none yet"), screen);
    }

    @Test
    void shouldShowFeedsWorstFirstAndAtMostTen() {
        // Given 12 healthy feeds polled a minute ago, one that failed once and one failing for the 5th time
        List<FeedStatus> feeds = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            feeds.add(status("ok-" + i, FeedStatus.OK, 200, 0, null));
        }
        feeds.add(status("flaky", FeedStatus.FAILED, 503, 1, "HTTP 503 Service Unavailable"));
        feeds.add(status("gone", FeedStatus.FAILED, 404, 5, "HTTP 404 Not Found"));

        // When
        String screen = StatusFormatter.format(report(feeds, Map.of()));

        // Then
        assertTrue(screen.contains("Feeds: 12 ok, 1 failing, 1 backing off (the 10 worst below)"), screen);
        List<String> rows = screen.lines().dropWhile(l -> !l.startsWith("STATE")).skip(1)
                .takeWhile(l -> !l.isBlank()).toList();
        assertEquals(10, rows.size(), screen);
        assertTrue(rows.get(0).matches("backoff x5\\s+gone\\s+60s ago\\s+404\\s+in 10m\\s+HTTP 404 Not Found"), rows.get(0));
        assertTrue(rows.get(1).matches("failing\\s+flaky\\s+60s ago\\s+503\\s+in 10m\\s+HTTP 503 Service Unavailable"), rows.get(1));
        assertTrue(rows.get(2).startsWith("ok "), rows.get(2));
    }

    @Test
    void shouldCountDeliveriesPerSubscriptionWithRetriesAsPending() {
        // Given
        List<Delivery> ledger = List.of(
                delivery("d1", "ops-team", Delivery.DELIVERED),
                delivery("d2", "ops-team", Delivery.FAILED),
                delivery("d3", "ops-team", Delivery.DEAD),
                delivery("d4", "analysts", Delivery.DIGEST),
                delivery("d5", "analysts", Delivery.PENDING),
                delivery("d6", "analysts", Delivery.DELIVERED));

        // When
        Map<String, StatusReport.DeliveryCounts> counts = StatusCollector.deliveries(ledger);
        String screen = StatusFormatter.format(report(List.of(), counts));

        // Then
        assertEquals(new StatusReport.DeliveryCounts(1, 1, 1), counts.get("ops-team"));
        assertEquals(new StatusReport.DeliveryCounts(1, 2, 0), counts.get("analysts"));
        assertTrue(screen.matches("(?s).*\\nanalysts\\s+1\\s+2\\s+0\\nops-team\\s+1\\s+1\\s+1\\n.*"), screen);
    }

    @Test
    void shouldSayUnknownWhenNoProcessAnswers() {
        // Given
        StatusReport base = report(List.of(), Map.of());
        StatusReport noProcess = new StatusReport(base.at(), base.cluster(), base.topics(), base.groups(),
                new StatusReport.ProcessStatus("http://127.0.0.1:8089/health", null, "no answer (ConnectException)"),
                base.feeds(), base.deliveries(), null, null);

        // When
        String screen = StatusFormatter.format(noProcess);

        // Then
        assertTrue(screen.contains("Process: http://127.0.0.1:8089/health: no answer (ConnectException)"), screen);
        assertTrue(screen.contains("Streams app (enrich): unknown"), screen);
        assertTrue(screen.contains("(no feed polled yet)"), screen);
        assertTrue(screen.contains("Last article: none yet"), screen);
    }

    @Test
    void shouldWriteDurationsTheWayPeopleSayThem() {
        assertEquals("42s ago", StatusFormatter.ago(NOW.minusSeconds(42), NOW));
        assertEquals("5m ago", StatusFormatter.ago(NOW.minusSeconds(5 * 60 + 20), NOW));
        assertEquals("3h 20m ago", StatusFormatter.ago(NOW.minus(Duration.ofMinutes(200)), NOW));
        assertEquals("3d 4h ago", StatusFormatter.ago(NOW.minus(Duration.ofHours(76)), NOW));
        assertEquals("in 10m", StatusFormatter.ago(NOW.plus(Duration.ofMinutes(10)), NOW));
    }

    private static StatusReport report(List<FeedStatus> feeds, Map<String, StatusReport.DeliveryCounts> deliveries) {
        StatusReport.Cluster cluster = new StatusReport.Cluster("127.0.0.1:9092", "abc", List.of("1 127.0.0.1:9092"),
                "1 127.0.0.1:9092");
        List<StatusReport.TopicStatus> topics = List.of(
                new StatusReport.TopicStatus("feeds", "nw.feeds", true, 3, 3, 2, 3, 2, NOW.minus(Duration.ofHours(1)),
                        Map.of("nw.ingest", 0L)),
                // one broker of three is down: two replicas in sync, still enough for min ISR 2
                new StatusReport.TopicStatus("articles", "nw.articles", true, 3, 3, 2, 2, 42, NOW.minusSeconds(300),
                        Map.of("nw.enrich", 7L)),
                new StatusReport.TopicStatus("alerts", "nw.alerts", false, 0, 0, 0, 0, 0, null, Map.of()),
                // two brokers down: one replica in sync, below min ISR 2
                new StatusReport.TopicStatus("deals", "nw.deals", true, 3, 3, 2, 1, 5, null, Map.of()));
        List<StatusReport.GroupStatus> groups = List.of(
                new StatusReport.GroupStatus("nw.ingest", "ingest", "Stable", 1, 0L),
                new StatusReport.GroupStatus("nw.enrich", "enrich", "Stable", 1, 9L),
                new StatusReport.GroupStatus("nw.alerts", "alerts", "-", 0, null));
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        checks.put("broker", CheckResult.up("1 broker"));
        checks.put("enrich", CheckResult.up("RUNNING"));
        StatusReport.ProcessStatus process = new StatusReport.ProcessStatus("http://127.0.0.1:8089/health",
                new HealthReport(checks), null);
        return new StatusReport(NOW, cluster, topics, groups, process, feeds, deliveries, NOW.minusSeconds(300), null);
    }

    private static FeedStatus status(String id, String outcome, int http, int failures, String error) {
        return new FeedStatus(id, id, "https://example.test/" + id, NOW.minusSeconds(60), outcome, http, 1000, 0, 3, 80,
                error, NOW.plus(Duration.ofMinutes(10)), failures);
    }

    private static Delivery delivery(String id, String subscription, String state) {
        Deal deal = dealFixture();
        TrackedDeal tracked = new TrackedDeal("deal-1", deal, List.of(), List.of(), NOW, NOW, 1, "new");
        return new Delivery(id, subscription, new Alert("deal-1-v1", Alert.NEW, tracked, NOW), state, 1, NOW, null, null,
                NOW, 0);
    }

    private static Deal dealFixture() {
        return new Deal(null, null, null, null, null, null, null, DealType.INVESTMENT, DealStage.ANNOUNCED, "", 0, 0);
    }
}

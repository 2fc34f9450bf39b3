package dev.newswatch.app.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ops HTTP endpoint on 127.0.0.1 with stand-in meters and checks: routes, status codes, content types. */
class OpsServerTest {

    private static final String METRICS = "# TYPE newswatch_articles_ingested_total counter\nnewswatch_articles_ingested_total 3.0\n";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicBoolean brokerUp = new AtomicBoolean(true);
    private final AtomicBoolean ingestThreadRuns = new AtomicBoolean(true);
    private OpsServer server;

    @BeforeEach
    void start() throws Exception {
        Health health = new Health()
                .add("broker", () -> brokerUp.get() ? CheckResult.up("1 broker") : CheckResult.down("unreachable"))
                .add("ingest", () -> CheckResult.up("feeds consumer assigned"));
        Health liveness = new Health().add("ingest", () -> ingestThreadRuns.get()
                ? CheckResult.up("coordinator thread running")
                : CheckResult.down("coordinator thread stopped on an unexpected error: boom"));
        server = new OpsServer("127.0.0.1", 0, () -> METRICS, health::report, liveness::report, null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void shouldServeTheMetricsInThePrometheusTextFormat() throws Exception {
        // When
        HttpResponse<String> response = get("/metrics");

        // Then
        assertEquals(200, response.statusCode());
        assertEquals(METRICS, response.body());
        assertEquals(ProcessMeters.CONTENT_TYPE, response.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void shouldAnswer200WithEveryCheckWhenAllAreUp() throws Exception {
        // When
        HttpResponse<String> response = get("/health");

        // Then
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"broker\":{\"status\":\"UP\",\"detail\":\"1 broker\"},"
                + "\"ingest\":{\"status\":\"UP\",\"detail\":\"feeds consumer assigned\"}}}", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void shouldAnswer503NamingTheFailedCheckWhenTheBrokerIsDown() throws Exception {
        // Given
        brokerUp.set(false);

        // When
        HttpResponse<String> response = get("/health");

        // Then
        assertEquals(503, response.statusCode());
        HealthReport report = HealthReport.fromJson(response.body());
        assertEquals("DOWN", report.status());
        assertFalse(report.checks().get("broker").up());
        assertEquals("unreachable", report.checks().get("broker").detail());
        assertTrue(report.checks().get("ingest").up());
    }

    @Test
    void shouldStayLiveWhileNotReady() throws Exception {
        // Given
        brokerUp.set(false);

        // When
        HttpResponse<String> response = get("/health/live");

        // Then
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"UP\",\"checks\":{\"ingest\":{\"status\":\"UP\","
                + "\"detail\":\"coordinator thread running\"}}}", response.body());
    }

    @Test
    void shouldAnswer503ToLivenessOnceAStageThreadDied() throws Exception {
        // Given
        ingestThreadRuns.set(false);

        // When
        HttpResponse<String> response = get("/health/live");

        // Then
        assertEquals(503, response.statusCode());
        HealthReport report = HealthReport.fromJson(response.body());
        assertFalse(report.checks().get("ingest").up());
        assertEquals("coordinator thread stopped on an unexpected error: boom", report.checks().get("ingest").detail());
    }

    @Test
    void shouldCountACheckThatThrowsAsDown() throws Exception {
        // Given
        Health health = new Health().add("enrich", () -> {
            throw new IllegalStateException("streams not created");
        });

        // When
        HealthReport report = health.report();

        // Then
        assertFalse(report.up());
        assertEquals("check failed: streams not created", report.checks().get("enrich").detail());
    }

    @Test
    void shouldAnswer404ForAnUnknownPathAnd405ForAPost() throws Exception {
        // When
        HttpResponse<String> unknown = get("/dashboard");
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/health"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        // Then
        assertEquals(404, unknown.statusCode());
        assertEquals(405, post.statusCode());
        assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElse(""));
    }

    @Test
    void shouldReadBackTheJsonItWrites() {
        // Given
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        checks.put("broker", CheckResult.up("3 brokers"));
        checks.put("enrich", CheckResult.down("REBALANCING"));
        checks.put("alerts", new CheckResult(false, "Kafka unreachable", CheckResult.KAFKA_UNREACHABLE));
        HealthReport written = new HealthReport(checks);

        // When
        HealthReport read = HealthReport.fromJson(written.toJson());

        // Then
        assertEquals(written, read);
        assertEquals(java.util.List.of("broker", "enrich", "alerts"), java.util.List.copyOf(read.checks().keySet()));
        assertEquals("unreachable", read.checks().get("alerts").kafka());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}

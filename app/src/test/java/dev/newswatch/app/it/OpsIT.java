package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.Newswatch;
import dev.newswatch.app.ops.HealthReport;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.LoopbackPorts;
import dev.newswatch.testkit.RepoPaths;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ops endpoint and {@code newswatch status} on a real embedded broker: ingest polls one local demo feed once
 * (interval 1 h), then /metrics, /health and status are read. The tests share that run and go in order: the last
 * one stops the broker and watches /health go unready.
 */
@Tag("integration")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpsIT {

    private static final String PREFIX = "ops.";

    @TempDir
    static Path dir;

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    private static Pipeline pipeline;
    private static NewswatchConfig config;
    private static Path configDir;
    private static int opsPort;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void startPipeline() throws IOException {
        opsPort = LoopbackPorts.free();
        configDir = writeConfig(dir.resolve("config"), opsPort);
        config = ConfigLoader.load(configDir).withKafka(ConfigLoader.load(configDir).kafka()
                .withBootstrapServers(KAFKA.bootstrapServers()));
        pipeline = Pipeline.start(config, EnumSet.of(Stage.INGEST), false, "ops-it", Clock.systemUTC());
        Await.until(() -> metric(scrape(), "newswatch_fetches_total{outcome=\"ok\"}").orElse(0.0) >= 1,
                Duration.ofSeconds(60), () -> "the first fetch of the demo feed; /metrics:\n" + scrape());
    }

    @AfterAll
    static void stopAll() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    @Order(0)
    void shouldStartTheDashboardOfAnIngestOnlyProcessWithTheFirstRequestForIt() {
        // Given a process of the ingest stage alone: its dashboard reads and samples nothing until it is asked for
        assertFalse(threadRuns("dashboard-tail") || threadRuns("dashboard-sampler"),
                "the dashboard's reader and sampler before any request for the dashboard");

        // When the snapshot is asked for
        assertEquals(200, get("/api/dashboard").statusCode());

        // Then the reader and the sampler start, and the snapshot fills with the feed's status and the cluster
        Await.until(() -> {
            String snapshot = get("/api/dashboard").body();
            return snapshot.contains("\"broker\":\"up\"") && snapshot.contains("demo-techwire");
        }, Duration.ofSeconds(30), () -> "the dashboard snapshot: " + get("/api/dashboard").body());
        assertTrue(threadRuns("dashboard-tail") && threadRuns("dashboard-sampler"));
    }

    private static boolean threadRuns(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    @Test
    @Order(1)
    void shouldCountTheArticlesInTheTopicAndExposeJvmAndKafkaClientMetrics() {
        // Given the articles the one poll committed (read_committed readers see them once the transaction markers
        // are written, which commitTransaction does not wait for)
        int items = feedItems();
        Await.until(() -> articlesInTopic() >= items, Duration.ofSeconds(30),
                () -> "articles in the topic: " + articlesInTopic() + ", items in the feed: " + items);
        int inTopic = articlesInTopic();
        assertEquals(items, inTopic, "one article per feed item");

        // When
        String scrape = scrape();

        // Then
        assertEquals(Optional.of((double) inTopic), metric(scrape, "newswatch_articles_ingested_total"), scrape);
        assertEquals(Optional.of(1.0), metric(scrape, "newswatch_fetches_total{outcome=\"ok\"}"));
        assertEquals(Optional.of(0.0), metric(scrape, "newswatch_fetches_total{outcome=\"failed\"}"));
        assertEquals(Optional.of(1.0), metric(scrape, "newswatch_fetch_latency_seconds_count"));
        assertTrue(scrape.contains("jvm_memory_used_bytes{"), "JVM memory meters");
        assertTrue(scrape.contains("jvm_gc_"), "JVM GC meters");
        // The ingester's producer sent the articles, the feed's checkpoint and its status.
        Matcher sent = Pattern.compile("(?m)^kafka_producer_record_send_total\\{[^}]*client_id=\"ingest-ops-it\"[^}]*} (\\S+)$")
                .matcher(scrape);
        assertTrue(sent.find(), "Kafka producer metrics of the ingester:\n" + grep(scrape, "kafka_producer_record_send"));
        assertEquals(inTopic + 2, Double.parseDouble(sent.group(1)), 1e-9);
        assertTrue(scrape.contains("kafka_consumer_"), "Kafka consumer metrics of the ingester");
    }

    @Test
    @Order(2)
    void shouldBeReadyWhenTheBrokerAnswersAndIngestIsAssigned() {
        // When the feeds consumer has its assignment
        Await.until(() -> health().statusCode() == 200, Duration.ofSeconds(30), () -> "/health: " + health().body());
        HttpResponse<String> response = health();

        // Then
        HealthReport report = HealthReport.fromJson(response.body());
        assertEquals("UP", report.status());
        assertEquals(java.util.List.of("broker", "ingest"), java.util.List.copyOf(report.checks().keySet()));
        assertEquals("1 broker", report.checks().get("broker").detail());
        assertEquals(200, get("/health/live").statusCode());
    }

    @Test
    @Order(3)
    void shouldPrintTopicsWithCountsAndTheFeedsTableInStatus() {
        // Given
        int articles = articlesInTopic();

        // When
        CliRun status = CliRun.of(Newswatch.commandLine(),
                "status", "--config", configDir.toString(), "--bootstrap-servers", KAFKA.bootstrapServers());
        String screen = status.out();

        // Then
        assertEquals(0, status.exit(), status.err());
        for (String alias : new String[] {"feeds", "feed-checkpoints", "feed-status", "articles", "enriched", "deals",
                "alerts", "subscriptions", "deliveries", "alerts-dlq", "enrich-dlq"}) {
            assertTrue(screen.contains("\n" + PREFIX + alias + " "), alias + " listed in:\n" + screen);
        }
        // The count is end minus beginning offsets: the committed transaction adds one marker per partition written.
        // One broker: 1 replica, min ISR 1, 1 in sync, between the partitions and the count.
        Matcher row = Pattern.compile("\\n" + Pattern.quote(PREFIX + "articles") + "\\s+3\\s+1\\s+1\\s+1\\s+(\\d+)\\s")
                .matcher(screen);
        assertTrue(row.find(), screen);
        long shown = Long.parseLong(row.group(1));
        assertTrue(shown >= articles && shown <= articles + 3, "articles " + articles + ", shown " + shown + ":\n" + screen);
        assertTrue(Pattern.compile("\\n" + Pattern.quote(PREFIX + "feeds") + "\\s+3\\s+1\\s+1\\s+1\\s+1\\s+.*ingest 0\\n")
                        .matcher(screen).find(),
                "the feeds topic with the ingest group's lag:\n" + screen);
        assertTrue(Pattern.compile("\\n" + Pattern.quote(PREFIX + "alerts-articles") + "\\s+-\\s").matcher(screen).find(),
                "the article-alert group, listed though it never ran here:\n" + screen);
        assertTrue(screen.contains("Feeds: 1 ok, 0 failing, 0 backing off"), screen);
        assertTrue(Pattern.compile("\\nok\\s+demo-techwire\\s+\\d+s ago\\s+200\\s+in ").matcher(screen).find(), screen);
        assertTrue(screen.contains("Process: http://127.0.0.1:" + opsPort + "/health: UP (broker UP, ingest UP)"), screen);
        assertTrue(screen.contains("Streams app (enrich): unknown"), "no enrich stage in this process:\n" + screen);
        assertTrue(screen.contains("(no deliveries yet)"), screen);
        assertTrue(screen.contains("Last alert:   none yet"), screen);
        assertFalse(screen.contains("Last article: none yet"), screen);
    }

    @Test
    @Order(4)
    void shouldTailTheArticlesTopicAsLinesAsJsonAndFiltered() throws Exception {
        // Given the articles of the one poll
        int items = feedItems();
        String bootstrap = KAFKA.bootstrapServers();

        // When
        String lines = run("tail", "articles", "--from-beginning", "--config", configDir.toString(),
                "--bootstrap-servers", bootstrap);
        String json = run("tail", "articles", "--from-beginning", "--json", "--config", configDir.toString(),
                "--bootstrap-servers", bootstrap);
        String grep = run("tail", "articles", "--from-beginning", "--grep", "openai", "--config", configDir.toString(),
                "--bootstrap-servers", bootstrap);
        String last = run("tail", "articles", "-n", "1", "--json", "--config", configDir.toString(),
                "--bootstrap-servers", bootstrap);

        // Then one readable line per article with its source and title
        long readable = lines.lines().filter(l -> l.contains("TechWire")).count();
        assertEquals(items, readable, lines);
        assertTrue(lines.contains("Amazon in talks to invest more than $10 billion in OpenAI"), lines);
        // one JSON object per article, with the fields of the record
        List<String> objects = json.lines().filter(l -> l.startsWith("{")).toList();
        assertEquals(items, objects.size(), json);
        for (String o : objects) {
            com.fasterxml.jackson.databind.JsonNode node = dev.newswatch.core.serde.Json.mapper().readTree(o);
            assertEquals("demo-techwire", node.get("feedId").asText(), o);
            assertFalse(node.get("id").asText().isEmpty(), o);
        }
        // --grep keeps only the matching records, -n the last ones
        assertTrue(grep.contains("OpenAI"), grep);
        assertFalse(grep.contains("Gemini"), grep);
        assertEquals(1, last.lines().filter(l -> l.startsWith("{")).count(), last);
    }

    private static String run(String... args) {
        CliRun run = CliRun.of(Newswatch.commandLine(), args);
        assertEquals(0, run.exit(), String.join(" ", args) + ": " + run.err());
        return run.out();
    }

    @Test
    @Order(4)
    void shouldRefuseTheDashboardSnapshotToADnsRebindingPageAndACrossOriginReader() throws Exception {
        // Given the snapshot is served to this machine's own address
        assertEquals(200, get("/api/dashboard").statusCode());

        // When a page whose name was rebound to 127.0.0.1 asks for it (its Host is its own name)
        String rebound;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", opsPort)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /api/dashboard HTTP/1.1\r\nHost: rebind.attacker.example:" + opsPort
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            rebound = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        // Then it gets 403 and no snapshot
        assertTrue(rebound.startsWith("HTTP/1.1 403 ") && !rebound.contains("\"alerts\""), rebound);

        // And a page of another origin cannot open the event stream or read the snapshot either
        for (String path : List.of("/api/dashboard", "/events")) {
            HttpResponse<String> crossOrigin = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort
                    + path)).header("Origin", "https://attacker.example").timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, crossOrigin.statusCode(), path + ": " + crossOrigin.body());
        }
    }

    @Test
    @Order(5)
    void shouldTurnUnreadyWithTheBrokerDownWhenTheBrokerStops() {
        // When
        KAFKA.cluster().stop();

        // Then within ~10 s /health answers 503 and says which check failed
        Await.until(() -> health().statusCode() == 503, Duration.ofSeconds(15), () -> "/health: " + health().body());
        HealthReport report = HealthReport.fromJson(health().body());
        assertEquals("DOWN", report.status());
        assertFalse(report.checks().get("broker").up(), report.toString());
        assertEquals(200, get("/health/live").statusCode(), "still live");
    }

    private static Path writeConfig(Path config, int port) throws IOException {
        return ConfigDir.create(config)
                .write("demo/techwire.xml", Files.readString(RepoPaths.resolve("config/demo/techwire.xml")))
                .write(ConfigDir.FEEDS_FILE, String.join("\n",
                        "feeds:",
                        "  - {id: demo-techwire, url: \"file:demo/techwire.xml\", name: \"TechWire (demo)\", language: en, interval: 1h}",
                        ""))
                .main("data-dir: " + dir.resolve("data"),
                        "kafka:",
                        "  topic-prefix: " + PREFIX,
                        "ingest:",
                        "  default-interval: 1h",
                        "network:",
                        "  allow: [127.0.0.0/8]",
                        "  allow-files: [demo]",
                        "http:",
                        "  port: " + port)
                .path();
    }

    private static int feedItems() {
        try {
            return Files.readString(configDir.resolve("demo/techwire.xml")).split("<item>", -1).length - 1;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the copied demo feed", e);
        }
    }

    private static int articlesInTopic() {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().articles).size();
    }

    private static String scrape() {
        return get("/metrics").body();
    }

    private static HttpResponse<String> health() {
        return get("/health");
    }

    private static HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + opsPort + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " on the ops port " + opsPort + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Optional<Double> metric(String scrape, String name) {
        return Arrays.stream(scrape.split("\n"))
                .filter(l -> l.startsWith(name + " "))
                .map(l -> Double.parseDouble(l.substring(name.length() + 1).trim().split(" ")[0]))
                .findFirst();
    }

    private static String grep(String text, String part) {
        return String.join("\n", Arrays.stream(text.split("\n")).filter(l -> l.contains(part)).toList());
    }
}

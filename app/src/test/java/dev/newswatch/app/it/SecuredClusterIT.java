package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.newswatch.testkit.ProcessKafkaCluster;
import dev.newswatch.testkit.SaslSslSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline against a broker whose only client listener is {@code SASL_SSL} with SCRAM-SHA-512, as a
 * managed Kafka service offers it: a broker JVM ({@link ProcessKafkaCluster#secured()}) with a test CA and keystore
 * made by keytool and a SCRAM user created when its storage was formatted. Every Kafka client Newswatch makes
 * (producers, transactional ingest, the Kafka Streams app and its admin client, consumers of the alerter, the
 * article-alert step, the table followers, the dashboard and the readiness check) gets its settings from
 * {@code kafka.client} alone: a demo feed read by ingest becomes a deal alert and an article alert at a webhook on
 * 127.0.0.1, {@code /health} is up for every stage and {@code newswatch status} reads the cluster. Two negative
 * controls show that the listener really needs them: a plain-text client and a wrong password get nowhere.
 */
@Tag("integration")
class SecuredClusterIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = KafkaClusterExtension.using(ProcessKafkaCluster.secured());

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldRefuseAPlainTextClientAndAWrongPassword() {
        // Given the secured listener
        SaslSslSecurity security = cluster().security();

        // When a client without TLS and SASL asks for the brokers, it gets no answer
        Map<String, Object> plain = adminProps(Map.of());
        assertThrows(ExecutionException.class, () -> describe(plain), "a plain-text client must not reach the broker");

        // When a client logs in with a wrong password, SCRAM refuses it
        Map<String, Object> wrong = adminProps(security.clientProperties(security.user(), "not-the-password"));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> describe(wrong));
        assertInstanceOf(SaslAuthenticationException.class, refused.getCause(), refused.toString());

        // And with the right settings it answers
        assertEquals(Integer.valueOf(1), assertDoesNotThrow(() -> describe(adminProps(security.clientProperties()))));
    }

    @Test
    void shouldRunThePipelineThroughTheKafkaClientSettingsAlone(@TempDir Path dir) throws Exception {
        // Given newswatch.yml with the cluster's SASL_SSL settings under kafka.client, one demo feed and two
        // webhook subscriptions: deals, and articles about OpenAI
        SaslSslSecurity security = cluster().security();
        int opsPort = LoopbackPorts.free();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Path config = config(dir, security, opsPort, receiver.url());
            NewswatchConfig loaded = ConfigLoader.load(config);
            assertEquals("SASL_SSL", loaded.kafka().client().get("security.protocol"));

            // When every stage runs against the secured cluster
            try (Pipeline pipeline = Pipeline.start(loaded, EnumSet.allOf(Stage.class), false, "secured",
                    Clock.systemUTC())) {
                // Then the deal of the feed reaches the webhook as a deal alert, and its article as an article alert
                Await.until("a deal alert and an article alert at the webhook", () -> kinds(receiver).contains("new")
                        && kinds(receiver).contains("article"), Duration.ofSeconds(120),
                        () -> "webhook calls: " + receiver.requests().stream().map(WebhookReceiver.Request::body).toList()
                                + "; /health: " + get(opsPort, "/health").body());
                assertTrue(receiver.requests().stream().anyMatch(r -> r.body().contains("OpenAI")),
                        receiver.requests().stream().map(WebhookReceiver.Request::body).toList().toString());

                // And every stage is ready, the broker check included
                HttpResponse<String> health = Await.value("/health UP", () -> get(opsPort, "/health"),
                        r -> r.statusCode() == 200, Duration.ofSeconds(30));
                HealthReport report = HealthReport.fromJson(health.body());
                assertEquals(List.of("alerts", "broker", "enrich", "ingest"),
                        report.checks().keySet().stream().sorted().toList(), health.body());

                // And newswatch status reads the secured cluster with the same file
                CliRun status = CliRun.of(Newswatch.commandLine(), "status", "--config", config.toString());
                assertEquals(0, status.exit(), status.err());
                assertTrue(status.out().contains("secured.articles"), status.out());
                assertTrue(java.util.regex.Pattern.compile("\\nsecured\\.alerts-articles\\s+Stable\\s+1\\s")
                        .matcher(status.out()).find(), "the article-alert group in status:\n" + status.out());
            }
        }
    }

    private static Path config(Path dir, SaslSslSecurity security, int opsPort, String webhook) throws Exception {
        List<String> lines = new ArrayList<>(List.of(
                "data-dir: \"" + dir.resolve("data") + "\"",
                "kafka:",
                "  bootstrap-servers: \"" + KAFKA.bootstrapServers() + "\"",
                "  topic-prefix: secured.",
                "  client:"));
        // Quoted for YAML: the JAAS line holds double quotes.
        security.clientProperties().forEach((key, value) ->
                lines.add("    " + key + ": '" + value.replace("'", "''") + "'"));
        lines.addAll(List.of(
                "ingest:",
                "  default-interval: 1h",
                "network:",
                "  allow: [127.0.0.0/8]",
                "  allow-files: [demo]",
                "alerts:",
                "  http-port: -1",
                "http:",
                "  port: " + opsPort));
        String secret = AlertsFixtures.newSecret();
        return ConfigDir.create(dir.resolve("config"))
                .copyShipped("taxonomy.yml", "entities")
                .write("demo/techwire.xml", Files.readString(dev.newswatch.testkit.RepoPaths.resolve("config/demo/techwire.xml")))
                .write(ConfigDir.FEEDS_FILE, "feeds:\n"
                        + "  - {id: demo-techwire, url: \"file:demo/techwire.xml\", name: \"TechWire (demo)\", language: en}\n")
                .main(lines)
                .write("subscriptions.yml", "subscriptions:\n"
                        + "  - {id: deals, channel: webhook, url: \"" + webhook + "\", secret: \"" + secret + "\"}\n"
                        + "  - {id: openai-news, channel: webhook, url: \"" + webhook + "\", secret: \"" + secret
                        + "\", alert-on: articles, query: 'openai'}\n")
                .path();
    }

    private static List<String> kinds(WebhookReceiver receiver) {
        return receiver.requests().stream().map(r -> r.json().path("kind").asText()).distinct().toList();
    }

    private static ProcessKafkaCluster cluster() {
        return (ProcessKafkaCluster) KAFKA.cluster();
    }

    private static Map<String, Object> adminProps(Map<String, String> security) {
        Map<String, Object> props = new HashMap<>(security);
        props.put("bootstrap.servers", KAFKA.bootstrapServers());
        props.put("request.timeout.ms", "5000");
        props.put("default.api.timeout.ms", "8000");
        props.put("reconnect.backoff.max.ms", "1000");
        return props;
    }

    private static Integer describe(Map<String, Object> props) throws Exception {
        try (Admin admin = Admin.create(props)) {
            return admin.describeCluster().nodes().get(20, TimeUnit.SECONDS).size();
        }
    }

    private static <T> T assertDoesNotThrow(java.util.concurrent.Callable<T> call) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(call::call);
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}

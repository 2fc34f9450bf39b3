package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.alerts.webhook.WebhookVerifier;
import dev.newswatch.app.api.ApiHandler;
import dev.newswatch.app.api.BearerAuth;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.EntityRegistry;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API on the ops endpoint of a running alerter, on the embedded broker, called with the JDK's HTTP client: a
 * subscription created through it receives an alert; requests without a valid token or with a read-only token change
 * nothing; invalid records get problem details; a feed and an entity made through it are what the command line and
 * the registries see.
 */
@Tag("integration")
class ApiIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    private static final String WRITER = "nw_writer-token-for-the-api-test-0123456789";
    private static final String READER = "nw_reader-token-for-the-api-test-0123456789";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A filter no test alert passes, for subscriptions that should never be sent anything here. */
    private static final String NO_ALERTS = "\"min-amount-usd\": 1000000000000000";

    @TempDir
    static Path dir;
    private static Path configDir;
    private static Topics topics;
    private static KafkaClients clients;
    private static Pipeline pipeline;
    private static String base;

    @BeforeAll
    static void startAnAlerterServingTheApi() throws IOException {
        configDir = AlertsFixtures.config(dir.resolve("config"), "api.", List.of(
                        "http:",
                        "  port: 0",
                        "  dashboard: false",
                        "  api:",
                        "    enabled: true",
                        "    max-body: 2KiB",
                        "    tokens:",
                        "      - {name: ci-writer, sha256: " + BearerAuth.hash(WRITER) + ", scopes: [read, write]}",
                        "      - {name: grafana, sha256: " + BearerAuth.hash(READER) + ", scopes: [read]}"),
                List.of("  http-port: -1"), "subscriptions: []\n");
        NewswatchConfig loaded = ConfigLoader.load(configDir);
        loaded = loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
        topics = loaded.topics();
        clients = KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers());
        pipeline = Pipeline.start(loaded, EnumSet.of(Stage.ALERTS), false, "api", Clock.systemUTC());
        AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), topics);
        base = "http://127.0.0.1:" + pipeline.opsPort() + ApiHandler.PREFIX;
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void shouldCreateASubscriptionThatThenReceivesAnAlert() throws Exception {
        String secret = AlertsFixtures.newSecret();
        try (WebhookReceiver hook = new WebhookReceiver()) {
            // When a webhook subscription is created through the API
            HttpResponse<String> created = call("POST", "subscriptions", WRITER, "{\"id\": \"api-hook\", \"channel\": "
                    + "\"webhook\", \"url\": \"" + hook.url() + "\", \"secret\": \"" + secret + "\", \"min-amount-usd\": 1000000000}");

            // Then it is created, and the answer holds the record without its secret
            assertEquals(201, created.statusCode(), created.body());
            assertEquals("/api/v1/subscriptions/api-hook", created.headers().firstValue("Location").orElse(""));
            assertEquals("webhook", json(created).path("channel").asText());
            assertFalse(created.body().contains(secret), created.body());
            // And when deals are alerted, the running alerter sends the first it handles after seeing the subscription
            String probe = AlertsFixtures.alertSeenBy(KAFKA.bootstrapServers(), topics, "api-hook", 0);
            dev.newswatch.testkit.Await.until(() -> hook.requests().size() == 1, Duration.ofSeconds(30),
                    () -> "requests to the hook: " + hook.requests());
            WebhookReceiver.Request request = hook.requests().get(0);
            assertEquals(probe, request.alertId());
            assertTrue(WebhookVerifier.verify(request.dump(), secret, Clock.systemUTC(), Duration.ofMinutes(5)).valid(),
                    "signed with the secret given to the API: " + request.headers());
        }
    }

    @Test
    void shouldAnswer401AndChangeNothingWithoutAValidToken() throws Exception {
        // Given the subscriptions topic as it is
        int records = TopicReader.readAll(KAFKA.bootstrapServers(), topics.subscriptions).size();
        String body = "{\"id\": \"intruder\", \"channel\": \"console\"}";

        // When a write comes with no token, a wrong token, the hash of a token, or another scheme
        List<HttpResponse<String>> refused = List.of(
                call("POST", "subscriptions", null, body),
                call("POST", "subscriptions", "nw_not-a-token", body),
                call("POST", "subscriptions", BearerAuth.hash(WRITER), body),
                send(HttpRequest.newBuilder(URI.create(base + "subscriptions")).header("Authorization", "Basic " + WRITER)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))),
                call("DELETE", "subscriptions/api-hook", null, null),
                call("GET", "subscriptions", null, null));

        // Then each gets 401 with a Bearer challenge and a problem detail
        for (HttpResponse<String> r : refused) {
            assertEquals(401, r.statusCode(), r.request().method() + " " + r.body());
            assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), r.headers().toString());
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
            assertEquals("urn:newswatch:problem:unauthorized", json(r).path("type").asText());
        }
        // And nothing reached the topic
        assertEquals(records, TopicReader.readAll(KAFKA.bootstrapServers(), topics.subscriptions).size());
        assertFalse(registryHas("intruder"));
    }

    @Test
    void shouldForbidWritesToAReadOnlyTokenButLetItRead() throws Exception {
        int records = TopicReader.readAll(KAFKA.bootstrapServers(), topics.feeds).size();

        HttpResponse<String> write = call("POST", "feeds", READER, "{\"url\": \"https://news.example.test/rss\"}");
        HttpResponse<String> read = call("GET", "feeds", READER, null);

        assertEquals(403, write.statusCode(), write.body());
        assertEquals("urn:newswatch:problem:forbidden", json(write).path("type").asText());
        assertTrue(write.headers().firstValue("WWW-Authenticate").orElse("").contains("insufficient_scope"));
        assertEquals(records, TopicReader.readAll(KAFKA.bootstrapServers(), topics.feeds).size());
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(json(read).path("feeds").isArray(), read.body());
    }

    @Test
    void shouldDescribeEveryRefusedRequestAsAProblem() throws Exception {
        // An invalid record names its field as a JSON pointer
        HttpResponse<String> badChannel = call("POST", "subscriptions", WRITER, "{\"id\": \"x1\", \"channel\": \"pigeon\"}");
        assertProblem(400, "invalid-record", badChannel);
        assertTrue(json(badChannel).path("detail").asText().contains("channel must be one of"), badChannel.body());
        HttpResponse<String> badLanguage = call("POST", "feeds", WRITER,
                "{\"url\": \"https://news.example.test/rss\", \"language\": \"english\"}");
        assertProblem(400, "invalid-record", badLanguage);
        assertEquals("/language", json(badLanguage).path("errors").get(0).path("pointer").asText());
        HttpResponse<String> badCategory = call("POST", "subscriptions", WRITER,
                "{\"id\": \"x2\", \"channel\": \"console\", \"categories\": [\"ai-funding\", \"\"]}");
        assertEquals("/categories/1", json(badCategory).path("errors").get(0).path("pointer").asText(), badCategory.body());
        // An unknown field is refused, not ignored
        HttpResponse<String> unknown = call("POST", "entities", WRITER, "{\"id\": \"acme\", \"name\": \"Acme\", \"nmae\": \"x\"}");
        assertProblem(400, "invalid-record", unknown);
        assertEquals("/nmae", json(unknown).path("errors").get(0).path("pointer").asText());
        // Malformed JSON, a duplicate key, the wrong media type, a body over http.api.max-body (2 KiB here)
        assertProblem(400, "malformed-json", call("POST", "feeds", WRITER, "{\"url\": "));
        assertProblem(400, "malformed-json", call("POST", "feeds", WRITER, "{\"url\": \"https://a.test/\", \"url\": \"https://b.test/\"}"));
        assertProblem(415, "unsupported-media-type", send(HttpRequest.newBuilder(URI.create(base + "feeds"))
                .header("Authorization", "Bearer " + WRITER).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))));
        assertProblem(413, "body-too-large", call("POST", "feeds", WRITER,
                "{\"url\": \"https://news.example.test/rss\", \"name\": \"" + "x".repeat(3000) + "\"}"));
        // A missing id, an unknown collection, a method a path does not allow
        assertProblem(404, "not-found", call("GET", "subscriptions/nobody", READER, null));
        assertProblem(404, "not-found", call("PUT", "entities/nobody", WRITER, "{\"name\": \"Nobody\"}"));
        assertProblem(404, "not-found", call("GET", "alerts", READER, null));
        HttpResponse<String> put = call("PUT", "feeds", WRITER, "{}");
        assertProblem(405, "method-not-allowed", put);
        assertEquals("GET, POST", put.headers().firstValue("Allow").orElse(""));
        // And nothing of it reached the tables
        assertFalse(registryHas("x1") || registryHas("x2"));
        assertTrue(new EntityRegistry(topics, clients).get("acme").isEmpty());
    }

    @Test
    void shouldRoundTripAFeedThatTheFeedsListCommandShows() throws Exception {
        // When a feed is created, read, updated
        HttpResponse<String> created = call("POST", "feeds", WRITER,
                "{\"url\": \"https://news.example.test/ai.xml\", \"name\": \"Example AI News\", \"language\": \"en\"}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("example-ai-news", json(created).path("id").asText());
        assertEquals(409, call("POST", "feeds", WRITER, "{\"url\": \"https://x.test/\", \"id\": \"example-ai-news\"}")
                .statusCode());
        HttpResponse<String> updated = call("PUT", "feeds/example-ai-news", WRITER,
                "{\"url\": \"https://news.example.test/ai.xml\", \"name\": \"Example AI News\", \"interval\": \"15m\"}");
        assertEquals(200, updated.statusCode(), updated.body());
        JsonNode got = json(call("GET", "feeds/example-ai-news", READER, null));

        // Then the API and the feeds list command show the update
        assertEquals("15m", got.path("interval").asText(), got.toString());
        assertTrue(got.path("language").isMissingNode(), "the update replaced the whole record: " + got);
        CliRun list = cli("feeds", "list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("example-ai-news") && l.contains("15m")
                && l.contains("https://news.example.test/ai.xml")), list.out());
        // And after a delete it is gone from both
        HttpResponse<String> deleted = call("DELETE", "feeds/example-ai-news", WRITER, null);
        assertEquals(204, deleted.statusCode(), deleted.body());
        assertEquals(404, call("GET", "feeds/example-ai-news", READER, null).statusCode());
        assertFalse(cli("feeds", "list").out().contains("example-ai-news"));
        assertEquals(404, call("DELETE", "feeds/example-ai-news", WRITER, null).statusCode());
    }

    @Test
    void shouldCreateEntitiesThatTheRegistryHolds() throws Exception {
        // Given a parent created first; an unknown parent is refused
        assertEquals(201, call("POST", "entities", WRITER, "{\"id\": \"acme\", \"name\": \"Acme Corp\"}").statusCode());
        HttpResponse<String> orphan = call("POST", "entities", WRITER,
                "{\"id\": \"acme-cloud\", \"name\": \"Acme Cloud\", \"parent\": \"nobody\"}");
        assertProblem(400, "invalid-record", orphan);
        assertEquals("/parent", json(orphan).path("errors").get(0).path("pointer").asText());

        // When an entity with the entity files' keys is created
        HttpResponse<String> created = call("POST", "entities", WRITER, "{\"id\": \"acme-cloud\", \"name\": \"Acme Cloud\","
                + " \"aliases\": [\"ACL\"], \"type\": \"company\", \"parent\": \"acme\", \"attributes\": {\"country\": \"FR\"},"
                + " \"case-sensitive\": [\"ACL\"]}");

        // Then the registry the enrich stage reads holds it, and the API gives it back in the same shape
        assertEquals(201, created.statusCode(), created.body());
        Entity stored = new EntityRegistry(topics, clients).get("acme-cloud").orElseThrow();
        assertEquals("acme", stored.parent());
        assertEquals(List.of("ACL"), stored.aliases());
        assertEquals("FR", stored.attributes().get("country"));
        JsonNode back = json(call("GET", "entities/acme-cloud", READER, null));
        assertEquals("[\"ACL\"]", back.path("case-sensitive").toString());
        assertEquals("{\"country\":\"FR\"}", back.path("attributes").toString());
    }

    @Test
    void shouldKeepWriteOnlySecretsAndTheDisabledStateOnAnUpdate() throws Exception {
        String secret = AlertsFixtures.newSecret();
        assertEquals(201, call("POST", "subscriptions", WRITER, "{\"id\": \"kept\", \"channel\": \"webhook\", \"url\":"
                + " \"https://hooks.example.test/a\", \"secret\": \"" + secret + "\", " + NO_ALERTS + "}").statusCode());
        new dev.newswatch.alerts.SubscriptionRegistry(topics, clients).disable("kept", "unsubscribed by the recipient");

        // When it is updated without its secret and without 'disabled'
        HttpResponse<String> updated = call("PUT", "subscriptions/kept", WRITER,
                "{\"channel\": \"webhook\", \"url\": \"https://hooks.example.test/b\", \"disabled-reason\": \"ignored\", "
                        + NO_ALERTS + "}");

        // Then the stored secret and the disabled state are kept, and neither the secret nor the reason is taken from the body
        assertEquals(200, updated.statusCode(), updated.body());
        Subscription stored = subscriptions().get("kept");
        assertEquals(List.of(secret), stored.secrets());
        assertEquals("https://hooks.example.test/b", stored.url());
        assertTrue(stored.disabled());
        assertEquals("unsubscribed by the recipient", json(updated).path("disabled-reason").asText());
        // And "disabled": false enables it again
        call("PUT", "subscriptions/kept", WRITER, "{\"channel\": \"webhook\", \"url\": \"https://hooks.example.test/b\","
                + " \"disabled\": false, " + NO_ALERTS + "}");
        assertFalse(subscriptions().get("kept").disabled());
    }

    @Test
    void shouldServeTheOpenApiDocumentWithoutAToken() throws Exception {
        HttpResponse<String> doc = call("GET", "openapi.json", null, null);

        assertEquals(200, doc.statusCode());
        assertEquals("3.1.0", json(doc).path("openapi").asText());
        assertTrue(json(doc).path("paths").has("/api/v1/subscriptions/{id}"));
    }

    private static void assertProblem(int status, String type, HttpResponse<String> response) throws IOException {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(response);
        assertEquals("urn:newswatch:problem:" + type, problem.path("type").asText(), response.body());
        assertEquals(status, problem.path("status").asInt());
        assertFalse(problem.path("title").asText().isEmpty() || problem.path("detail").asText().isEmpty(), response.body());
    }

    private static Map<String, Subscription> subscriptions() {
        return new dev.newswatch.alerts.SubscriptionRegistry(topics, clients).all();
    }

    private static boolean registryHas(String subscription) {
        return subscriptions().containsKey(subscription);
    }

    private static CliRun cli(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of("--config", configDir.toString(), "--bootstrap-servers", KAFKA.bootstrapServers()));
        CliRun run = AlertsFixtures.newswatch(all.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }
}

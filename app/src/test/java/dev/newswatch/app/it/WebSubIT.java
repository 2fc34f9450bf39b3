package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.ingest.FeedRegistry;
import dev.newswatch.ingest.IngestService;
import dev.newswatch.ingest.websub.CallbackServer;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.LocalWebSubHub;
import dev.newswatch.testkit.LoopbackPorts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub end to end on the embedded broker, against a hub on 127.0.0.1 that follows the spec: the feed names the
 * hub, the ingester subscribes, the hub verifies the intent and publishes signed content, which lands in the
 * articles topic exactly once, however often the poll reads it too. Polling is at 15 minutes, and time moves only
 * when the test moves it.
 */
@Tag("integration")
class WebSubIT {

    private static final Logger LOG = LoggerFactory.getLogger(WebSubIT.class);
    private static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldCommitAPushedItemOnceAndIgnoreForgedOrOversizeNotifications(@TempDir Path dir) throws Exception {
        try (LocalWebSubHub hub = new LocalWebSubHub()) {
            URI topic = hub.feedUrl();
            hub.leaseSeconds(86_400);
            hub.feed(atom(hub, "a"));
            NewswatchConfig config = config(dir, "websub-push.", hub);
            AlertsTestClock clock = new AlertsTestClock();
            try (Running ingest = start(config, clock)) {
                // Given the first poll found the hub and the hub verified the subscription
                Await.until(() -> hub.subscription(topic) != null, WAIT, () -> "hub verifications " + hub.verifications());
                Await.until(() -> articleUrls(config).contains(item("a")), WAIT, () -> "articles " + articleUrls(config));
                Await.until(() -> push(config) != null && "subscribed".equals(push(config).state()), WAIT,
                        () -> "push state " + push(config));
                // When the hub publishes a new item; the callback answers 200 once the item is committed
                hub.feed(atom(hub, "a", "b"));
                assertEquals(200, hub.publish(topic, bytes(atom(hub, "b"))));
                assertTrue(articleUrls(config).contains(item("b")), "pushed item in the topic: " + articleUrls(config));
                // And the safety-net poll reads the same item an hour later
                int polls = hub.feedRequests();
                clock.advance(Duration.ofMinutes(61));
                Await.until(() -> hub.feedRequests() > polls && lastStatus(config).itemsSeen() == 2, WAIT,
                        () -> "polls " + hub.feedRequests() + ", status " + lastStatus(config));
                // Then each item is in the topic once
                assertEquals(List.of(item("a"), item("b")), articleUrls(config).stream().sorted().toList());

                // When a notification comes with a forged signature, or none
                assertEquals(202, hub.publishSigned(topic, bytes(atom(hub, "forged")), "sha256=" + "0".repeat(64)));
                assertEquals(202, hub.publishSigned(topic, bytes(atom(hub, "unsigned")), null));
                // and one larger than the 4 KiB cap
                assertEquals(413, hub.publish(topic, bytes(atom(hub, "big") + " ".repeat(5000))));
                // Then they are counted and ignored: the next good one is committed, they are not
                assertEquals(200, hub.publish(topic, bytes(atom(hub, "c"))));
                assertEquals(List.of(item("a"), item("b"), item("c")), articleUrls(config).stream().sorted().toList());
                assertEquals(2, ingest.callback.rejected());
                assertEquals(1, ingest.callback.oversize());
                // And a verification for another topic is refused
                URI callback = URI.create("http://127.0.0.1:" + ingest.callback.port() + "/websub/" + config.feeds().get(0).id());
                assertEquals(404, hub.verifyIntent(callback, "subscribe", "http://127.0.0.1:1/other", "x").statusCode());
                // And the feed's status shows the push state
                FeedStatus.Push push = push(config);
                assertEquals("subscribed", push.state());
                assertNotNull(push.leaseEnd());
                assertNotNull(push.lastNotification());
                measureLatency(hub, topic, config);
            }
            // When the ingester restarts: the subscription (its secret is in memory only) is made again from the
            // hub the checkpoint names, and pushed items keep arriving once
            String oldSecret = hub.subscription(topic).secret();
            int requests = hub.subscribeRequests();
            try (Running ingest = start(config, clock)) {
                Await.until(() -> hub.subscribeRequests() > requests && hub.subscription(topic) != null
                                && !hub.subscription(topic).secret().equals(oldSecret), WAIT,
                        () -> "subscribe requests " + hub.subscribeRequests());
                assertEquals(200, hub.publish(topic, bytes(atom(hub, "after-restart"))));
                assertEquals(1, Collections.frequency(articleUrls(config), item("after-restart")));
                assertEquals(44, articleUrls(config).size(), "a, b, c, m0..m39, after-restart: each once");
            }
        }
    }

    @Test
    void shouldFallBackToPollingWhenTheHubRefuses(@TempDir Path dir) throws Exception {
        try (LocalWebSubHub hub = new LocalWebSubHub()) {
            hub.refuseWith(400);
            hub.feed(atom(hub, "a"));
            NewswatchConfig config = config(dir, "websub-fallback.", hub);
            AlertsTestClock clock = new AlertsTestClock();
            try (Running ingest = start(config, clock)) {
                // When the hub refuses the subscription
                Await.until(() -> push(config) != null && "failed".equals(push(config).state()), WAIT,
                        () -> "push state " + push(config));
                assertTrue(push(config).error().contains("HTTP 400"), push(config).error());
                // Then the feed is polled at its normal 15 minute interval, and its new item arrives
                FeedStatus status = lastStatus(config);
                assertEquals(Duration.ofMinutes(15), Duration.between(status.time(), status.nextPoll()));
                hub.feed(atom(hub, "a", "b"));
                clock.advance(Duration.ofMinutes(16));
                Await.until(() -> articleUrls(config).contains(item("b")), WAIT, () -> "articles " + articleUrls(config));
                assertEquals(2, articleUrls(config).size());
                assertFalse(ingest.callback.accepted() > 0);
            }
        }
    }

    /** Publishes 40 items one by one and logs the time from publication to the committed article. */
    private static void measureLatency(LocalWebSubHub hub, URI topic, NewswatchConfig config) throws Exception {
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long start = System.nanoTime();
            assertEquals(200, hub.publish(topic, bytes(atom(hub, "m" + i))));
            micros.add((System.nanoTime() - start) / 1000);
        }
        Collections.sort(micros);
        List<String> urls = articleUrls(config);
        IntStream.range(0, 40).forEach(i -> assertEquals(1, Collections.frequency(urls, item("m" + i)), "m" + i));
        LOG.info("WebSub publish -> committed article, 40 items: p50 {} ms, p99 (the max of 40) {} ms.",
                micros.get(19) / 1000.0, micros.get(39) / 1000.0);
    }

    private record Running(IngestService service, CallbackServer callback) implements AutoCloseable {
        @Override
        public void close() {
            callback.close();
            service.close();
        }
    }

    private static Running start(NewswatchConfig config, AlertsTestClock clock) {
        KafkaClients clients = KafkaClients.of(config.kafka(), KAFKA.bootstrapServers());
        TopicAdmin.ensureTopics(clients.admin("it"), config.topics(), (short) 1);
        new FeedRegistry(config.topics(), clients).seed(config.feeds());
        IngestService service = IngestWiring.service(config, clients, "websub-it", clock);
        CallbackServer callback = IngestWiring.webSub(config, service, clock, PipelineMetrics.NONE);
        assertNotNull(callback, "WebSub is enabled");
        return new Running(service.start(), callback);
    }

    private static NewswatchConfig config(Path dir, String prefix, LocalWebSubHub hub) throws Exception {
        int port = LoopbackPorts.free();
        Path path = ConfigDir.create(dir.resolve("config"))
                .main("data-dir: \"" + dir.resolve("data") + "\"",
                        "kafka:",
                        "  topic-prefix: " + prefix,
                        "ingest:",
                        "  default-interval: 15m",
                        "  min-interval: 1m",
                        "  jitter: 0",
                        "  host-min-gap: 0ms",
                        "  max-body: 4KiB",
                        "  websub:",
                        "    enabled: true",
                        "    listen: 127.0.0.1:" + port,
                        "    callback-base-url: http://127.0.0.1:" + port + "/websub",
                        "    poll-interval: 1h",
                        "network:",
                        "  allow: [127.0.0.0/8]")
                .write(ConfigDir.FEEDS_FILE, "feeds:\n  - {id: hubbed, url: \"" + hub.feedUrl() + "\", name: Hubbed}\n")
                .path();
        return ConfigLoader.load(path);
    }

    private static String atom(LocalWebSubHub hub, String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Hubbed</title><id>urn:hubbed</id>"
                + "<updated>2026-12-04T10:00:00Z</updated>"
                + "<link rel=\"hub\" href=\"" + hub.hubUrl() + "\"/><link rel=\"self\" href=\"" + hub.feedUrl() + "\"/>\n");
        for (String item : items) {
            xml.append("<entry><id>").append(item(item)).append("</id><title>Item ").append(item).append("</title><link href=\"")
                    .append(item(item)).append("\"/><updated>2026-12-04T10:00:00Z</updated><summary>Text of ")
                    .append(item).append("</summary></entry>\n");
        }
        return xml.append("</feed>").toString();
    }

    private static String item(String name) {
        return "https://hubbed.example/items/" + name;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> articleUrls(NewswatchConfig config) {
        return TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().articles).stream()
                .map(ConsumerRecord::value).map(Article::url).toList();
    }

    private static FeedStatus lastStatus(NewswatchConfig config) {
        List<ConsumerRecord<String, FeedStatus>> all = TopicReader.readAll(KAFKA.bootstrapServers(), config.topics().feedStatus);
        Map<String, FeedStatus> last = all.stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value,
                (a, b) -> b));
        return last.values().stream().findFirst().orElse(null);
    }

    private static FeedStatus.Push push(NewswatchConfig config) {
        FeedStatus status = lastStatus(config);
        return status == null ? null : status.push();
    }

}

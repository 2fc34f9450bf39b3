package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerter as a real child process, halted at its worst moments ({@code newswatch.crash-at}: right after a
 * webhook was sent but before the ledger knows, and right after the ledger holds new deliveries but before the
 * alerts' offsets are committed) or killed with SIGKILL at random moments, then restarted. Every alert must
 * reach the receiver at least once, and a repeated call must carry the same {@code webhook-id}. The duplicates
 * are counted and printed.
 */
@Tag("integration")
class AlertsCrashIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldDeliverEveryAlertWhenTheAlerterHaltsAfterSending(@TempDir Path dir) throws Exception {
        int[] callsBeforeHaltAndDuplicates = crashAndRestart(dir, "after-send", "crash-send.");
        // The process halted right after its first call; that call is the only one sent again.
        assertEquals(1, callsBeforeHaltAndDuplicates[0], "calls before the halt");
        assertEquals(1, callsBeforeHaltAndDuplicates[1], "duplicates after a halt after sending");
    }

    @Test
    void shouldDeliverEveryAlertWhenTheAlerterHaltsAfterWritingTheLedger(@TempDir Path dir) throws Exception {
        int[] callsBeforeHaltAndDuplicates = crashAndRestart(dir, "after-ledger", "crash-ledger.");
        // Nothing was sent before the halt, and the ledger tells the restarted process what is already queued.
        assertEquals(0, callsBeforeHaltAndDuplicates[0], "calls before the halt");
        assertEquals(0, callsBeforeHaltAndDuplicates[1], "duplicates after a halt after writing the ledger");
    }

    @Test
    void shouldDeliverEveryAlertAtLeastOnceWhenTheAlerterIsKilledThreeTimes(@TempDir Path dir) throws Exception {
        // Given 50 alerts arriving at about ten a second and a webhook receiver
        int count = 50;
        SplittableRandom random = new SplittableRandom();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Setup setup = setup(dir, "crash-kill.", receiver);
            List<Alert> alerts = alerts("kill", count);
            ScheduledExecutorService producer = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger next = new AtomicInteger();
            ScheduledFuture<?> feeding = producer.scheduleAtFixedRate(() -> {
                int i = next.getAndIncrement();
                if (i < count) {
                    AlertsFixtures.produce(KAFKA.bootstrapServers(), setup.topics, List.of(alerts.get(i)));
                }
            }, 0, 100, TimeUnit.MILLISECONDS);
            // When the alerter is killed with SIGKILL three times, each time after a random number of alerts arrived
            int[] killAt = {2 + random.nextInt(10), 15 + random.nextInt(10), 28 + random.nextInt(10)};
            Process alerter = null;
            try {
                for (int k = 0; k < killAt.length; k++) {
                    alerter = AlertsProcess.start(setup.config, KAFKA.bootstrapServers(), null, Map.of(),
                            dir.resolve("alerts-" + k + ".log"));
                    int threshold = killAt[k];
                    Path log = dir.resolve("alerts-" + k + ".log");
                    Await.until(() -> distinctAlerts(receiver) >= threshold, Duration.ofSeconds(60),
                            () -> "alerts received: " + distinctAlerts(receiver) + " of " + threshold + "; alerter log:\n"
                                    + AlertsProcess.tail(log));
                    alerter.destroyForcibly().waitFor();
                }
                alerter = AlertsProcess.start(setup.config, KAFKA.bootstrapServers(), null, Map.of(),
                        dir.resolve("alerts-last.log"));
                Await.until(() -> distinctAlerts(receiver) >= count, Duration.ofSeconds(90),
                        () -> "alerts received: " + distinctAlerts(receiver) + " of " + count);
            } finally {
                feeding.cancel(false);
                producer.shutdownNow();
                if (alerter != null) {
                    alerter.destroy();
                    alerter.waitFor();
                }
            }
            // Then every alert arrived at least once, and repeats carry the same webhook-id
            int duplicates = checkAtLeastOnce(receiver, alerts, "crash");
            System.out.println("AlertsCrashIT kill -9 x3 over " + count + " alerts (kills after " + killAt[0] + ", "
                    + killAt[1] + ", " + killAt[2] + " alerts received): " + receiver.requests().size() + " calls, "
                    + duplicates + " duplicates");
        }
    }

    /**
     * Produces 20 alerts, runs an alerter armed with {@code crashAt} until it halts, restarts it, checks at least
     * once; returns the calls received before the restart and the duplicates.
     */
    private static int[] crashAndRestart(Path dir, String crashAt, String prefix) throws Exception {
        int count = 20;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            // Given 20 alerts waiting in the alerts topic
            Setup setup = setup(dir, prefix, receiver);
            List<Alert> alerts = alerts(prefix.replace(".", ""), count);
            AlertsFixtures.produce(KAFKA.bootstrapServers(), setup.topics, alerts);
            // When the alerter halts at the crash point, and is started again without it
            Process armed = AlertsProcess.start(setup.config, KAFKA.bootstrapServers(), crashAt, Map.of(),
                    dir.resolve("armed.log"));
            assertTrue(armed.waitFor(90, TimeUnit.SECONDS), "the alerter did not reach crash point " + crashAt);
            assertEquals(137, armed.exitValue(), () -> "exit code of the halted alerter; its log:\n"
                    + AlertsProcess.tail(dir.resolve("armed.log")));
            int beforeRestart = receiver.requests().size();
            Process restarted = AlertsProcess.start(setup.config, KAFKA.bootstrapServers(), null, Map.of(),
                    dir.resolve("restarted.log"));
            try {
                Await.until(() -> distinctAlerts(receiver) >= count, Duration.ofSeconds(90),
                        () -> "alerts received: " + distinctAlerts(receiver) + " of " + count);
            } finally {
                restarted.destroy();
                restarted.waitFor();
            }
            // Then every alert arrived at least once, and repeats carry the same webhook-id
            int duplicates = checkAtLeastOnce(receiver, alerts, "crash");
            System.out.println("AlertsCrashIT crash point " + crashAt + " over " + count + " alerts: " + beforeRestart
                    + " calls before the halt, " + receiver.requests().size() + " calls in all, " + duplicates
                    + " duplicates");
            return new int[] {beforeRestart, duplicates};
        }
    }

    private record Setup(Path config, Topics topics) {
    }

    private static Setup setup(Path dir, String prefix, WebhookReceiver receiver) throws Exception {
        Path config = AlertsFixtures.config(dir.resolve("config"), prefix, AlertsFixtures.FAST_GROUP_CLIENT,
                List.of("  http-port: -1", "  webhook-timeout: 2s"),
                "subscriptions:\n"
                + "  - {id: crash, channel: webhook, url: \"" + receiver.url() + "\", secret: \""
                + AlertsFixtures.newSecret() + "\"}\n");
        NewswatchConfig loaded = ConfigLoader.load(config);
        KafkaClients clients = KafkaClients.of(loaded.kafka(), KAFKA.bootstrapServers());
        TopicAdmin.ensureTopics(clients.admin("it"), loaded.topics(), (short) 1);
        AlertsFixtures.awaitLeaders(KAFKA.bootstrapServers(), loaded.topics());
        return new Setup(config, loaded.topics());
    }

    private static List<Alert> alerts(String name, int count) {
        List<Alert> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(AlertsFixtures.alert(name + "-" + i, "Nvidia", "Startup " + i, new BigDecimal(1 + i).movePointRight(9)));
        }
        return out;
    }

    private static int distinctAlerts(WebhookReceiver receiver) {
        Set<String> ids = new HashSet<>();
        receiver.requests().forEach(r -> ids.add(r.alertId()));
        return ids.size();
    }

    /** Asserts at least once with stable ids; returns how many calls were repeats. */
    private static int checkAtLeastOnce(WebhookReceiver receiver, List<Alert> alerts, String subscription) {
        Map<String, Set<String>> idsByAlert = new TreeMap<>();
        receiver.requests().forEach(r -> idsByAlert.computeIfAbsent(r.alertId(), k -> new HashSet<>())
                .add(r.header("webhook-id")));
        Set<String> expected = new HashSet<>();
        alerts.forEach(a -> expected.add(a.alertId()));
        assertEquals(expected, idsByAlert.keySet(), "alerts received");
        for (Alert a : alerts) {
            assertEquals(Set.of(DeliveryIds.forAlert(a.alertId(), subscription)), idsByAlert.get(a.alertId()),
                    "webhook-ids of alert " + a.alertId());
        }
        return receiver.requests().size() - idsByAlert.size();
    }
}

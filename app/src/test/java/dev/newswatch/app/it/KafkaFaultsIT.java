package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.app.ops.CheckResult;
import dev.newswatch.app.ops.HealthReport;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.kafka.TopicCheck;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.ingest.normalize.ArticleIds;
import dev.newswatch.ingest.normalize.UrlCanonicalizer;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.ProcessKafkaCluster;
import dev.newswatch.testkit.TcpProxy;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka faults on a real three-broker KRaft cluster of separate JVMs ({@link ProcessKafkaCluster}), with
 * {@code kafka.replication-factor: 3} (min ISR 2). Each case has the read_committed oracle: the ids that went in
 * equal the ids that came out, and the count equals the number of distinct ids. Recovery times are logged (how
 * long until the pipeline made progress again after the fault), never asserted. The cases with several instances
 * of a stage run each instance in its own JVM ({@link StageProcess}), so that it can be killed or paused like a
 * broker. Tagged {@code long}: run the fast suite alone with {@code -DexcludedGroups=long}.
 */
@Tag("integration")
@Tag("long")
class KafkaFaultsIT {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaFaultsIT.class);

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = KafkaClusterExtension.using(ProcessKafkaCluster.of(3));

    /** The SMTP server of the takeover case's email subscription. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

    private static final int FEEDS = 8;
    /**
     * How long the pipeline may take to recover from a fault: a liveness bound, not a speed figure. A paused
     * leader takes about 40 s on a quiet machine (request timeout, then a new leader); on a loaded one more.
     */
    private static final Duration RECOVERY = Duration.ofSeconds(300);
    private static final int ITEMS = 20;
    /** One minute of churn (about 10 kills): two minutes (20 kills) passed too, but cost a minute more of CI. */
    private static final Duration CHURN = Duration.ofMinutes(1);
    /** The least time between two kills of the churn case. */
    private static final Duration CHURN_STEP = Duration.ofSeconds(5);
    /** How long the paused enrich JVM stays paused at least: past its 10 s transaction and 15 s session timeouts. */
    private static final Duration STALL = Duration.ofSeconds(25);
    /** How long one broker's network is black-holed. */
    private static final Duration BLACK_HOLE = Duration.ofSeconds(60);

    /** How long the oracle tries new readers while a fault makes each one time out. */
    private static final Duration READER_RETRIES = Duration.ofSeconds(120);

    /** How a takeover alert's mail subject names its deal. */
    private static final Pattern TAKEOVER_TARGET = Pattern.compile("Takeover Target (\\d{2})");

    @AfterEach
    void healTheCluster() {
        cluster().heal();
    }

    @Test
    void shouldIngestAndEnrichEveryArticleOnceWhileTheArticlesLeaderIsKilledAndRestartedTwice(@TempDir Path dir)
            throws Exception {
        // Given ingest and enrich on the cluster, 8 feeds growing to 20 items (160 articles), held at 5 for now
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS)) {
            server.growUpTo(5);
            NewswatchConfig config = config(dir, "kill.", server, "subscriptions: []\n");
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.INGEST, Stage.ENRICH), false, "kill",
                    Clock.systemUTC())) {
                // Then every topic, Streams' changelogs included, has 3 replicas and min ISR 2
                assertReplicatedThreeWays(config);

                // When the broker leading articles-0 is killed with SIGKILL once 40 and once 96 articles are in
                // (the feeds hold there), and started again once 20 more articles arrived without it
                for (int itemsPerFeed : List.of(5, 12)) {
                    awaitEveryItemUpTo(config, server, itemsPerFeed);
                    int broker = leaderOf(config.topics().articles.name());
                    injectAndRecover(config, server, "kill -9 of broker " + broker, () -> cluster().kill(broker));
                    cluster().restart(broker);
                }
                server.growUpTo(ITEMS);

                // Then every served item is in the articles and the enriched topic exactly once
                assertEveryArticleOnce(config, server);
            }
        }
    }

    @Test
    void shouldIngestAndEnrichEveryArticleOnceWhileTheArticlesLeaderIsPausedThenTheNetworkIsSlow(@TempDir Path dir)
            throws Exception {
        // Given ingest and enrich on the cluster, 8 feeds growing to 20 items, held at 5 for now
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS)) {
            server.growUpTo(5);
            NewswatchConfig config = config(dir, "pause.", server, "subscriptions: []\n");
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.INGEST, Stage.ENRICH), false, "pause",
                    Clock.systemUTC())) {
                // When the broker leading articles-0 is paused with SIGSTOP once 40 articles are in (it holds its
                // sockets and answers nothing), and resumed with SIGCONT once 20 more articles arrived without it
                awaitEveryItemUpTo(config, server, 5);
                int broker = leaderOf(config.topics().articles.name());
                injectAndRecover(config, server, "SIGSTOP of broker " + broker, () -> cluster().pause(broker));
                cluster().resume(broker);

                // And then, once 80 articles are in, every client byte to every broker waits 200 ms in its proxy
                // until 20 more articles arrived
                awaitEveryItemUpTo(config, server, 10);
                injectAndRecover(config, server, "200 ms latency on every broker's proxy",
                        () -> forEachProxy(proxy -> proxy.latency(Duration.ofMillis(200))));
                forEachProxy(TcpProxy::heal);
                server.growUpTo(ITEMS);

                // Then every served item is in the articles and the enriched topic exactly once
                assertEveryArticleOnce(config, server);
            }
        }
    }

    @Test
    void shouldReportKafkaUnreachableInEveryStageWhileAllBrokersAreBlackHoledThenRecoverAndLoseNothing(
            @TempDir Path dir) throws Exception {
        // Given ingest, enrich and alerts on the cluster with delivery.timeout.ms 10 s (request.timeout.ms 5 s,
        // max.block.ms 10 s), their ops endpoint on, and 8 feeds growing to 20 items, held at 5 for now
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS)) {
            server.growUpTo(5);
            NewswatchConfig config = config(dir, "outage.", server, "subscriptions: []\n", true);
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.INGEST, Stage.ENRICH, Stage.ALERTS), false,
                    "outage", Clock.systemUTC())) {
                awaitEveryItemUpTo(config, server, 5);
                awaitHealth(pipeline, "every stage ready and hearing from Kafka", 200, CheckResult.KAFKA_OK, RECOVERY);

                // When every broker's proxy black-holes all traffic (open connections and new ones) while the feeds
                // grow by 5 items each
                int before = articleIds(config).size();
                long start = System.nanoTime();
                forEachProxy(TcpProxy::blackHole);
                server.growUpTo(10);

                // Then /health answers 503 and every stage says Kafka is unreachable (after 15 s without a response,
                // longer than delivery.timeout.ms), while every stage's thread stays alive
                HealthReport down = awaitHealth(pipeline, "every stage reporting Kafka unreachable", 503,
                        CheckResult.KAFKA_UNREACHABLE, Duration.ofSeconds(90));
                long detected = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                assertEquals(200, get(pipeline, "/health/live").statusCode(), "live during the outage");

                // When the network heals, after the outage lasted longer than delivery.timeout.ms
                forEachProxy(TcpProxy::heal);
                long outage = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                long healed = System.nanoTime();

                // Then every stage hears from Kafka again by itself and is ready, and no stage thread died
                awaitHealth(pipeline, "every stage ready and hearing from Kafka again", 200, CheckResult.KAFKA_OK,
                        RECOVERY);
                long healthBack = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - healed);
                assertEquals(200, get(pipeline, "/health/live").statusCode(), "live after the outage: "
                        + get(pipeline, "/health/live").body());
                Await.until("20 more articles after the outage", () -> articleIds(config).size() >= before + 20,
                        RECOVERY, () -> "articles: " + articleIds(config).size() + " (at the fault: " + before + ")");
                long articlesBack = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - healed);
                LOG.info("Fault case: every broker black-holed for {} ms at {} articles; Kafka unreachable in every "
                        + "stage after {} ms ({}); after healing, health ok {} ms and 20 more articles {} ms later.",
                        outage, before, detected, down.checks().get("ingest").detail(), healthBack, articlesBack);
                server.growUpTo(ITEMS);

                // And every served item is in the articles and the enriched topic exactly once
                assertEveryArticleOnce(config, server);
            }
        }
    }

    @Test
    void shouldNeverAlertAnAbortedTransaction(@TempDir Path dir) throws Exception {
        // Given the alerts stage with one webhook subscription, and alerts written in transactions: eleven
        // committed, ten aborted, interleaved so that each aborted one lies between two committed ones
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String subscriptions = "subscriptions:\n"
                    + "  - id: hook\n"
                    + "    channel: webhook\n"
                    + "    url: \"" + receiver.url() + "\"\n"
                    + "    secret: \"" + AlertsFixtures.newSecret() + "\"\n";
            NewswatchConfig config = config(dir, "aborted.", null, subscriptions);
            Set<String> committed = new TreeSet<>();
            Set<String> aborted = new TreeSet<>();
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.ALERTS), false, "aborted",
                    Clock.systemUTC())) {
                // When they are produced
                produceInTransactions(config.topics(), committed, aborted);

                // Then the receiver gets each committed alert, and nothing more once it is quiet for 3 s
                Await.until(() -> delivered(receiver).containsAll(committed), Duration.ofSeconds(90),
                        () -> "delivered " + delivered(receiver) + ", committed " + committed);
                Await.until(() -> receiver.quietNanos() > Duration.ofSeconds(3).toNanos(), Duration.ofSeconds(30),
                        () -> "the receiver kept getting calls: " + delivered(receiver));
            }
            List<String> calls = receiver.requests().stream().map(WebhookReceiver.Request::alertId).toList();
            assertEquals(committed, new TreeSet<>(calls), "alerts delivered versus alerts committed");
            assertEquals(calls.size(), new HashSet<>(calls).size(), "an alert delivered twice: " + calls);

            // And the negative control: read_uncommitted, the oracle sees the aborted alerts, so it would fail
            Set<String> uncommitted = alertIds(config.topics().alerts, "read_uncommitted");
            assertTrue(uncommitted.containsAll(aborted), "the aborted alerts are in the log: " + uncommitted);
            assertNotEquals(committed, uncommitted, "read_uncommitted must differ from what was committed");
            assertEquals(committed, alertIds(config.topics().alerts, "read_committed"), "read_committed oracle");
        }
    }

    @Test
    void shouldEnrichEveryArticleOnceWhileOneOfThreeEnrichJvmsIsKilledAndRestartedForAMinute(@TempDir Path dir)
            throws Exception {
        // Given ingest in this JVM, three enrich JVMs sharing the three articles partitions, and 8 feeds growing to
        // 20 items (160 articles), held at 3 for now
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS)) {
            server.growUpTo(3);
            Path configDir = configDir(dir, "churn.", server, "subscriptions: []\n", List.of(), false, List.of());
            NewswatchConfig config = load(configDir);
            List<StageProcess> enrich = new ArrayList<>();
            try (Pipeline ingest = Pipeline.start(config, EnumSet.of(Stage.INGEST), false, "churn", Clock.systemUTC())) {
                for (int i = 1; i <= 3; i++) {
                    enrich.add(new StageProcess("enrich", "enrich-" + i, configDir, KAFKA.bootstrapServers(), dir)
                            .start());
                }
                awaitEveryItemUpTo(config, server, 3);
                awaitEnriched(config, FEEDS * 3, enrich);

                // When, for a minute, one of them (each in turn) is killed with SIGKILL and started at once, the
                // next kill once 5 s passed and the feeds, grown by one item each, were ingested (until 20 items)
                long start = System.nanoTime();
                long end = start + CHURN.toNanos();
                int kills = 0;
                while (System.nanoTime() < end) {
                    StageProcess victim = enrich.get(kills % enrich.size());
                    victim.kill();
                    victim.start();
                    kills++;
                    long killedAt = System.nanoTime();
                    server.growUpTo(server.cap() + 1);
                    int expected = FEEDS * server.cap();
                    Await.until("5 s and every item up to " + server.cap() + " ingested after kill " + kills,
                            () -> System.nanoTime() - killedAt > CHURN_STEP.toNanos()
                                    && articleIds(config).size() >= expected,
                            RECOVERY, () -> "articles " + articleIds(config).size() + " of " + expected);
                }
                long churned = System.nanoTime();
                server.growUpTo(ITEMS);

                // Then every served item is in the articles and the enriched topic exactly once
                assertEveryArticleOnce(config, server);
                LOG.info("Fault case: {} kills of an enrich JVM out of three in {} s; every article enriched {} ms "
                        + "after the last kill.", kills, TimeUnit.NANOSECONDS.toSeconds(churned - start),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - churned));
            } finally {
                enrich.forEach(StageProcess::close);
            }
        }
    }

    @Test
    void shouldEnrichEveryArticleOnceWhenTheEnrichJvmIsPausedLongerThanItsTransactionTimeout(@TempDir Path dir)
            throws Exception {
        // Given ingest in this JVM, one enrich JVM (exactly_once_v2: transaction timeout 10 s, session timeout
        // 15 s), and 8 feeds growing to 20 items, held at 5 for now
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS)) {
            server.growUpTo(5);
            Path configDir = configDir(dir, "stall.", server, "subscriptions: []\n", List.of(), false, List.of());
            NewswatchConfig config = load(configDir);
            try (Pipeline ingest = Pipeline.start(config, EnumSet.of(Stage.INGEST), false, "stall", Clock.systemUTC());
                 StageProcess enrich = new StageProcess("enrich", "enrich", configDir, KAFKA.bootstrapServers(), dir)
                         .start()) {
                awaitEveryItemUpTo(config, server, 5);
                awaitEnriched(config, FEEDS * 5, List.of(enrich));

                // When the feeds grow and, as the first new article arrives, the enrich JVM is paused with SIGSTOP
                int before = articleIds(config).size();
                server.growUpTo(10);
                Await.until("a new article", () -> articleIds(config).size() > before, RECOVERY,
                        () -> "articles " + articleIds(config).size());
                enrich.pause();
                long paused = System.nanoTime();
                long openAtPause = openTransactionRecords(config.topics().enriched);

                // And it stays paused until the broker has aborted whatever it had open (no open transaction on the
                // enriched topic) and longer than both its transaction timeout and its session timeout
                Await.until("paused for " + STALL.toSeconds() + " s with no open transaction on the enriched topic",
                        () -> System.nanoTime() - paused > STALL.toNanos()
                                && openTransactionRecords(config.topics().enriched) == 0,
                        RECOVERY, () -> "open transactional records: "
                                + openTransactionRecords(config.topics().enriched));
                int enrichedAtResume = keys(config, config.topics().enriched).size();
                enrich.resume();
                long resumed = System.nanoTime();

                // Then it makes progress again by itself
                Await.until("enrich progressing after SIGCONT",
                        () -> keys(config, config.topics().enriched).size() > enrichedAtResume, RECOVERY,
                        () -> "enriched " + keys(config, config.topics().enriched).size() + "; " + enrich.tail());
                long progress = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - resumed);
                server.growUpTo(ITEMS);

                // And every served item is in the articles and the enriched topic exactly once
                assertEveryArticleOnce(config, server);
                LOG.info("Fault case: enrich JVM paused {} s ({} records of an open transaction at the pause); "
                        + "enriched output again {} ms after SIGCONT.", TimeUnit.NANOSECONDS.toSeconds(resumed - paused),
                        openAtPause, progress);
            }
        }
    }

    @Test
    void shouldIngestAndEnrichEveryArticleOnceWhileOneBrokersNetworkIsBlackHoledForAMinute(@TempDir Path dir)
            throws Exception {
        // Given ingest and enrich on the cluster, 8 feeds growing to 20 items, held at 5 for now
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS)) {
            server.growUpTo(5);
            NewswatchConfig config = config(dir, "hole.", server, "subscriptions: []\n");
            try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.INGEST, Stage.ENRICH), false, "hole",
                    Clock.systemUTC())) {
                awaitEveryItemUpTo(config, server, 5);

                // When the proxy in front of the broker leading articles-0 black-holes every client byte for 60 s
                // (the broker itself stays up, in the ISR and the leader: replication does not pass the proxy)
                // while the feeds grow by 5 items each (nothing reads the topics meanwhile: a reader would wait for the
                // unreachable leader too)
                int broker = leaderOf(config.topics().articles.name());
                int before = articleIds(config).size();
                long start = System.nanoTime();
                cluster().proxy(broker).blackHole();
                server.growUpTo(10);
                Await.until("the black hole held for " + BLACK_HOLE.toSeconds() + " s",
                        () -> System.nanoTime() - start > BLACK_HOLE.toNanos(), BLACK_HOLE.plusSeconds(30),
                        () -> "articles " + before);
                cluster().proxy(broker).heal();
                long healed = System.nanoTime();

                // Then ingest catches up by itself
                Await.until("every item up to 10 ingested after the heal", () -> articleIds(config).size() >= FEEDS * 10,
                        RECOVERY, () -> "articles: " + articleIds(config).size());
                long recovery = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - healed);
                server.growUpTo(ITEMS);

                // And every served item is in the articles and the enriched topic exactly once
                assertEveryArticleOnce(config, server);
                LOG.info("Fault case: broker {}'s network black-holed for {} s at {} articles; every article up to 80 "
                        + "{} ms after the heal.", broker, TimeUnit.NANOSECONDS.toSeconds(healed - start), before,
                        recovery);
            }
        }
    }

    @Test
    void shouldTakeOverWhenOneOfTwoIngestAndOneOfTwoAlertsJvmsIsKilled(@TempDir Path dir) throws Exception {
        // Given two ingest and two alerts JVMs (a dead member leaves its group after 6 s), a webhook and an email
        // subscription (a receiver on 127.0.0.1 and GreenMail), and 8 feeds growing to 20 items, held at 5
        String secret = AlertsFixtures.newSecret();
        try (GrowingFeedServer server = new GrowingFeedServer(FEEDS, ITEMS); WebhookReceiver receiver = new WebhookReceiver()) {
            server.growUpTo(5);
            String subscriptions = "subscriptions:\n"
                    + "  - {id: hook, channel: webhook, url: \"" + receiver.url() + "\", secret: \"" + secret + "\"}\n"
                    + "  - {id: mail, channel: email, to: desk@desk.example.test}\n";
            Path configDir = configDir(dir, "takeover.", server, subscriptions, AlertsFixtures.FAST_GROUP_CLIENT, false,
                    AlertsFixtures.withLocalSmtp(MAIL.getSmtp().getPort(), "  webhook-timeout: 5s"));
            NewswatchConfig config = load(configDir);
            Topics topics = config.topics();
            TopicAdmin.ensureTopics(clients().admin("it-takeover"), topics, (short) 3);
            List<StageProcess> stages = new ArrayList<>();
            try {
                for (String stage : List.of("ingest", "alerts")) {
                    for (int i = 1; i <= 2; i++) {
                        stages.add(new StageProcess(stage, stage + "-" + i, configDir, KAFKA.bootstrapServers(), dir)
                                .start());
                    }
                }
                awaitEveryItemUpTo(config, server, 5);
                List<Alert> first = takeoverAlerts(0, 20);
                AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, first);
                Await.until("the first 20 alerts delivered", () -> delivered(receiver).size() >= 20, RECOVERY,
                        () -> "delivered " + delivered(receiver) + "; " + stages.get(2).tail());

                // When one ingest and one alerts JVM are killed with SIGKILL, and the feeds grow and 20 more alerts
                // arrive
                int before = articleIds(config).size();
                long killed = System.nanoTime();
                stages.get(0).kill();
                stages.get(2).kill();
                server.growUpTo(ITEMS);
                List<Alert> second = takeoverAlerts(20, 40);
                AlertsFixtures.produce(KAFKA.bootstrapServers(), topics, second);

                // Then the survivors take over: every item ingested once, every alert delivered on both channels
                Set<String> all = new TreeSet<>();
                first.forEach(a -> all.add(a.alertId()));
                second.forEach(a -> all.add(a.alertId()));
                Await.until("every alert delivered by webhook and mail", () -> delivered(receiver).containsAll(all)
                                && mailedAlerts().keySet().containsAll(all), RECOVERY,
                        () -> "webhooks " + delivered(receiver).size() + ", mails " + mailedAlerts().size() + "; "
                                + stages.get(3).tail());
                long alertsBack = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);
                Await.until("every item ingested", server::complete, RECOVERY, () -> "articles "
                        + articleIds(config).size());
                assertArticlesOnce(config, expectedArticleIds(), before);
                long articlesBack = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed);

                // And duplicates, if any, carry the same webhook-id and Message-ID as the first copy
                Map<String, Set<String>> webhookIds = new HashMap<>();
                for (WebhookReceiver.Request r : receiver.requests()) {
                    webhookIds.computeIfAbsent(r.alertId(), k -> new TreeSet<>()).add(r.header("webhook-id"));
                }
                Map<String, List<String>> mailIds = mailedAlerts();
                for (String alert : all) {
                    assertEquals(Set.of(DeliveryIds.forAlert(alert, "hook")), webhookIds.get(alert),
                            "webhook-ids of " + alert);
                    assertEquals(Set.of("<" + DeliveryIds.forAlert(alert, "mail") + "@newswatch>"),
                            new TreeSet<>(mailIds.get(alert)), "Message-IDs of " + alert);
                }
                assertEquals(all, webhookIds.keySet(), "alerts called by webhook");
                assertEquals(all, mailIds.keySet(), "alerts mailed");
                int webhookCalls = receiver.requests().size();
                int mails = mailIds.values().stream().mapToInt(List::size).sum();
                LOG.info("Fault case: kill -9 of one of two ingest and one of two alerts JVMs at {} articles and 20 "
                        + "of 40 alerts; every alert delivered {} ms and every article {} ms after the kill; {} "
                        + "webhook calls and {} mails for 40 alerts (duplicates with the same ids).", before,
                        alertsBack, articlesBack, webhookCalls, mails);
            } finally {
                stages.forEach(StageProcess::close);
            }
        }
    }

    /** Alerts {@code takeover-from} up to {@code to} (exclusive), each a distinct deal. */
    private static List<Alert> takeoverAlerts(int from, int to) {
        List<Alert> alerts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            alerts.add(AlertsFixtures.alert(String.format("takeover-%02d", i), "Sequoia",
                    String.format("Takeover Target %02d", i), BigDecimal.valueOf(1_500_000_000L)));
        }
        return alerts;
    }

    /** The Message-IDs GreenMail received, by the alert each names in its subject. */
    private static Map<String, List<String>> mailedAlerts() {
        Map<String, List<String>> out = new TreeMap<>();
        try {
            for (jakarta.mail.internet.MimeMessage m : MAIL.getReceivedMessages()) {
                Matcher target = TAKEOVER_TARGET.matcher(m.getSubject());
                if (target.find()) {
                    out.computeIfAbsent("takeover-" + target.group(1), k -> new ArrayList<>()).add(m.getMessageID());
                }
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException("unreadable mail in GreenMail", e);
        }
        return out;
    }

    private static Set<String> expectedArticleIds() {
        Set<String> expected = new HashSet<>();
        for (int f = 0; f < FEEDS; f++) {
            for (int i = 1; i <= ITEMS; i++) {
                expected.add(ArticleIds.forUrl(UrlCanonicalizer.canonicalize(GrowingFeedServer.itemUrl(f, i))));
            }
        }
        return expected;
    }

    /** The read_committed oracle on the articles topic alone: every expected id, none twice. */
    private static void assertArticlesOnce(NewswatchConfig config, Set<String> expected, int atFault) {
        Await.until("every served item an article", () -> articleIds(config).size() >= expected.size(), RECOVERY,
                () -> "articles " + articleIds(config).size() + " of " + expected.size());
        List<String> articles = keys(config, config.topics().articles);
        assertEquals(articles.size(), new HashSet<>(articles).size(), "duplicates in the articles topic");
        assertEquals(expected, new HashSet<>(articles), "articles versus items served");
        LOG.info("Oracle: {} items served, {} articles (at the fault {}), all distinct.", expected.size(),
                articles.size(), atFault);
    }

    /** Waits until {@code count} articles are enriched, naming the enrich JVMs' output when they are not. */
    private static void awaitEnriched(NewswatchConfig config, int count, List<StageProcess> enrich) {
        Await.until(count + " enriched articles", () -> keys(config, config.topics().enriched).size() >= count,
                RECOVERY, () -> "enriched " + keys(config, config.topics().enriched).size() + "; "
                        + enrich.get(0).tail());
    }

    /**
     * Records of transactions still open on {@code topic}: the read_uncommitted end offsets minus the
     * read_committed ones (the last stable offsets), summed over its partitions.
     */
    private static long openTransactionRecords(Topic<String, ?> topic) {
        long open = 0;
        for (String isolation : List.of("read_uncommitted", "read_committed")) {
            Properties p = clients().consumer("it-lso", null);
            p.put("isolation.level", isolation);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p,
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                    new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
                long sum = consumer.endOffsets(partitions, Duration.ofSeconds(30)).values().stream()
                        .mapToLong(Long::longValue).sum();
                open += isolation.equals("read_uncommitted") ? sum : -sum;
            }
        }
        return open;
    }

    private static final List<String> STAGES = List.of("ingest", "enrich", "alerts");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Waits until {@code /health} answers {@code status} with every stage's check saying {@code kafka} (and, for
     * 200, up), and returns that report.
     */
    private static HealthReport awaitHealth(Pipeline pipeline, String expected, int status, String kafka,
            Duration timeout) {
        return Await.value(expected, () -> health(pipeline), report -> report != null
                        && report.up() == (status == 200)
                        && STAGES.stream().allMatch(stage -> report.checks().containsKey(stage)
                        && kafka.equals(report.checks().get(stage).kafka())
                        && (status != 200 || report.checks().get(stage).up())), timeout);
    }

    private static HealthReport health(Pipeline pipeline) {
        HttpResponse<String> response = get(pipeline, "/health");
        HealthReport report = HealthReport.fromJson(response.body());
        LOG.debug("/health {}: {}", response.statusCode(), response.body());
        return (response.statusCode() == 200) == report.up() ? report : null;
    }

    private static HttpResponse<String> get(Pipeline pipeline, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + pipeline.opsPort() + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("GET " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Holds the feeds at {@code itemsPerFeed} items and waits until all of them are articles. */
    private static void awaitEveryItemUpTo(NewswatchConfig config, GrowingFeedServer server, int itemsPerFeed) {
        server.growUpTo(itemsPerFeed);
        awaitArticles(config, FEEDS * itemsPerFeed);
    }

    /**
     * Injects {@code fault}, lets the feeds grow by 5 items each (40 articles, however long the fault lasts) and
     * logs how long until 20 more articles were committed.
     */
    private static void injectAndRecover(NewswatchConfig config, GrowingFeedServer server, String fault,
            Runnable inject) {
        int before = articleIds(config).size();
        long start = System.nanoTime();
        inject.run();
        server.growUpTo(server.cap() + 5);
        Await.until("20 more articles after " + fault, () -> articleIds(config).size() >= before + 20,
                RECOVERY, () -> "articles: " + articleIds(config).size() + " (at the fault: " + before + ")");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        LOG.info("Fault case: {} at {} articles; 20 more articles committed {} ms later.", fault, before, millis);
    }

    private static void assertEveryArticleOnce(NewswatchConfig config, GrowingFeedServer server) {
        Set<String> expected = new HashSet<>();
        for (int f = 0; f < FEEDS; f++) {
            for (int i = 1; i <= ITEMS; i++) {
                expected.add(ArticleIds.forUrl(UrlCanonicalizer.canonicalize(GrowingFeedServer.itemUrl(f, i))));
            }
        }
        Await.until("every served item enriched", () -> server.complete()
                        && keys(config, config.topics().enriched).size() >= expected.size(),
                Duration.ofSeconds(120), () -> "articles " + articleIds(config).size() + ", enriched "
                        + keys(config, config.topics().enriched).size() + " of " + expected.size());
        List<String> articles = keys(config, config.topics().articles);
        List<String> enriched = keys(config, config.topics().enriched);
        assertEquals(articles.size(), new HashSet<>(articles).size(), "duplicates in the articles topic");
        assertEquals(expected, new HashSet<>(articles), "articles versus items served");
        assertEquals(enriched.size(), new HashSet<>(enriched).size(), "duplicates in the enriched topic");
        assertEquals(expected, new HashSet<>(enriched), "enriched versus items served");
        LOG.info("Oracle: {} items served, {} articles and {} enriched articles, all distinct.", expected.size(),
                articles.size(), enriched.size());
    }

    private static void assertReplicatedThreeWays(NewswatchConfig config) {
        String changelogPrefix = config.topics().prefix() + "enrich-";
        try (Admin admin = Admin.create(clients().admin("it-layout"))) {
            List<String> names = Await.value("the enrich changelog topics", () -> topicNames(admin).stream()
                            .filter(n -> n.startsWith(changelogPrefix) && n.endsWith("-changelog")).toList(),
                    found -> !found.isEmpty(), Duration.ofSeconds(60));
            List<String> all = new ArrayList<>(names);
            config.topics().all().forEach(t -> all.add(t.name()));
            Map<String, TopicCheck.Layout> layouts = TopicCheck.describe(admin, all);
            for (String name : all) {
                TopicCheck.Layout layout = layouts.get(name);
                assertEquals(3, layout.replicationFactor(), name + ": " + layout);
                assertEquals(2, layout.minInsyncReplicas(), name + ": " + layout);
            }
        }
    }

    private static void produceInTransactions(Topics topics, Set<String> committed, Set<String> aborted) {
        Topic<String, Alert> topic = topics.alerts;
        Properties props = clients().producer("it-tx", topics.prefix() + "it-tx");
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(props, topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            producer.initTransactions();
            for (int i = 0; i <= 10; i++) {
                String kept = "kept-" + i;
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic.name(), kept,
                        AlertsFixtures.alert(kept, "Investor " + i, "Target " + i, BigDecimal.valueOf(1_000_000_000L))));
                producer.commitTransaction();
                committed.add(kept);
                if (i == 10) {
                    break;
                }
                String dropped = "dropped-" + i;
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic.name(), dropped,
                        AlertsFixtures.alert(dropped, "Ghost " + i, "Phantom " + i, BigDecimal.valueOf(2_000_000_000L))));
                producer.flush();
                producer.abortTransaction();
                aborted.add(dropped);
            }
        }
    }

    private static Set<String> delivered(WebhookReceiver receiver) {
        return receiver.requests().stream().map(WebhookReceiver.Request::alertId).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> alertIds(Topic<String, Alert> topic, String isolation) {
        Properties p = clients().consumer("it-oracle", null);
        p.put("isolation.level", isolation);
        Set<String> ids = new TreeSet<>();
        try (KafkaConsumer<String, Alert> consumer = new KafkaConsumer<>(p, topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, Alert> r : consumer.poll(Duration.ofMillis(200))) {
                    ids.add(r.key());
                }
            }
        }
        return ids;
    }

    private static void awaitArticles(NewswatchConfig config, int count) {
        Await.until(count + " articles", () -> articleIds(config).size() >= count, Duration.ofSeconds(120),
                () -> "articles: " + articleIds(config).size());
    }

    private static Set<String> articleIds(NewswatchConfig config) {
        return new HashSet<>(keys(config, config.topics().articles));
    }

    /**
     * The keys of {@code topic}, read_committed. A new reader may bootstrap through a paused broker, which accepts
     * the connection and never answers: its metadata request then times out, and a new reader tries again.
     */
    private static <V> List<String> keys(NewswatchConfig config, Topic<String, V> topic) {
        long deadline = System.nanoTime() + READER_RETRIES.toNanos();
        while (true) {
            try {
                return TopicReader.readAll(KAFKA.bootstrapServers(), topic).stream().map(ConsumerRecord::key).toList();
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                if (System.nanoTime() - deadline > 0) {
                    throw e;
                }
                LOG.info("Reading {} timed out ({}); trying again with a new reader.", topic.name(), e.getMessage());
            }
        }
    }

    /** The broker leading partition 0 of {@code topic}. */
    private static int leaderOf(String topic) {
        try (Admin admin = Admin.create(clients().admin("it-leader"))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic)
                    .partitions().get(0).leader().id();
        } catch (Exception e) {
            throw new IllegalStateException("cannot find the leader of " + topic + "-0", e);
        }
    }

    private static Set<String> topicNames(Admin admin) {
        try {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
    }

    private static void forEachProxy(java.util.function.Consumer<TcpProxy> action) {
        for (int broker = 1; broker <= cluster().size(); broker++) {
            action.accept(cluster().proxy(broker));
        }
    }

    private static ProcessKafkaCluster cluster() {
        return (ProcessKafkaCluster) KAFKA.cluster();
    }

    private static KafkaClients clients() {
        return new KafkaClients(KAFKA.bootstrapServers(), Map.of());
    }

    /**
     * Replication 3 (min ISR 2 by default), the shipped taxonomy and entities, the feeds of {@code server} (none
     * when null) polled every second, no HTTP endpoints.
     */
    private static NewswatchConfig config(Path dir, String prefix, GrowingFeedServer server, String subscriptions)
            throws Exception {
        return config(dir, prefix, server, subscriptions, false);
    }

    /**
     * As above; with {@code outage}, the ops endpoint on a free port (no dashboard) and short Kafka client timeouts,
     * so that an outage outlasts {@code delivery.timeout.ms} (10 s) quickly.
     */
    private static NewswatchConfig config(Path dir, String prefix, GrowingFeedServer server, String subscriptions,
            boolean outage) throws Exception {
        List<String> client = outage ? List.of("  client: {\"request.timeout.ms\": \"5000\", "
                + "\"delivery.timeout.ms\": \"10000\", \"max.block.ms\": \"10000\", "
                + "\"default.api.timeout.ms\": \"10000\"}") : List.of();
        return load(configDir(dir, prefix, server, subscriptions, client, outage, List.of()));
    }

    private static NewswatchConfig load(Path configDir) {
        NewswatchConfig loaded = ConfigLoader.load(configDir);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }

    /**
     * Writes the configuration directory of {@link #config}: {@code kafkaLines} under {@code kafka:}, the ops
     * endpoint on a free port when {@code ops}, {@code alertsLines} under {@code alerts:}. Child JVMs
     * ({@link StageProcess}) read it.
     */
    private static Path configDir(Path dir, String prefix, GrowingFeedServer server, String subscriptions,
            List<String> kafkaLines, boolean ops, List<String> alertsLines) throws Exception {
        StringBuilder feeds = new StringBuilder("feeds:");
        if (server == null) {
            feeds.append(" []");
        }
        feeds.append('\n');
        for (int i = 0; server != null && i < FEEDS; i++) {
            feeds.append("  - {url: \"").append(server.url(i)).append("\", name: \"Feed ").append(i).append("\"}\n");
        }
        List<String> lines = new ArrayList<>(List.of(
                "data-dir: \"" + dir.resolve("data") + "\"",
                "kafka:",
                "  topic-prefix: " + prefix,
                "  replication-factor: 3"));
        lines.addAll(kafkaLines);
        lines.addAll(List.of(
                "ingest:",
                "  default-interval: 1s",
                "  min-interval: 1s",
                "  jitter: 0",
                "  max-backoff: 10s",
                "  host-concurrency: 4",
                "  host-min-gap: 0ms",
                "  fetch-threads: 4",
                "  total-deadline: 10s",
                "network:",
                "  allow: [127.0.0.0/8]",
                "http:",
                ops ? "  port: 0" : "  port: -1",
                ops ? "  dashboard: false" : "",
                "alerts:",
                "  http-port: -1"));
        lines.addAll(alertsLines);
        return ConfigDir.create(dir.resolve("config")).copyShipped("taxonomy.yml", "entities").main(lines)
                .write(ConfigDir.FEEDS_FILE, feeds.toString()).write("subscriptions.yml", subscriptions).path();
    }
}

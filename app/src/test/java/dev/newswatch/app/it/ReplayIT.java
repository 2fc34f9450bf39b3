package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.app.Newswatch;
import dev.newswatch.app.backtest.AlertOutcome;
import dev.newswatch.app.backtest.ArchiveReader;
import dev.newswatch.app.backtest.BacktestEngine;
import dev.newswatch.app.backtest.Progress;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.KafkaClusterExtension;
import dev.newswatch.testkit.RepoPaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newswatch replay} on a real embedded broker: the sample archive replayed live under a namespace gives
 * the alerts its backtest gives, a backtest of the replayed articles topic ({@code --topic articles}) gives them
 * too, and {@code replay --delete} removes the namespace's topics and only those.
 */
@Tag("integration")
class ReplayIT {

    private static final Path REPO = RepoPaths.root();
    private static final Path CONFIG = REPO.resolve("config");
    private static final Path ARCHIVE = CONFIG.resolve("demo/archive");

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldRaiseTheSameAlertsLiveAsTheBacktestOfTheSameArchive() {
        // Given the backtest of the sample archive with the shipped rule set
        NewswatchConfig config = ConfigLoader.load(CONFIG);
        List<String> backtest = new BacktestEngine(config).run(new ArchiveReader(config).read(ARCHIVE).articles(),
                Progress.NONE).alerts().stream().map(AlertOutcome::alert).map(ReplayIT::describe).sorted().toList();
        assertFalse(backtest.isEmpty(), "the sample archive raises alerts");

        // When the same archive is replayed through the live enrich stage under a namespace
        CliRun run = run("replay", "--archive", ARCHIVE.toString(), "--namespace", "it-replay", "--config",
                CONFIG.toString(), "--bootstrap-servers", KAFKA.bootstrapServers(), "--idle-seconds", "3");

        // Then the namespace's alerts topic holds the same alerts: deal, stage, amount and kind
        assertEquals(0, run.exit(), run.out() + run.err());
        Topics topics = new Topics("it-replay.", Map.of());
        List<String> live = TopicReader.readAll(KAFKA.bootstrapServers(), topics.alerts).stream()
                .map(ConsumerRecord::value).map(ReplayIT::describe).sorted().toList();
        assertEquals(backtest, live);
        assertTrue(run.out().contains(backtest.size() + " alerts"), run.out());
    }

    @Test
    void shouldBacktestTheArticlesTopicOfAReplayedNamespace(@TempDir Path dir) throws Exception {
        // Given the sample archive replayed into a namespace
        CliRun replay = run("replay", "--archive", ARCHIVE.toString(), "--namespace", "it-topic", "--config",
                CONFIG.toString(), "--bootstrap-servers", KAFKA.bootstrapServers(), "--idle-seconds", "1");
        assertEquals(0, replay.exit(), replay.out() + replay.err());

        // When the namespace's articles topic is backtested instead of the archive
        CliRun fromTopic = run("backtest", "--topic", "articles", "--topic-prefix", "it-topic.", "--config",
                CONFIG.toString(), "--bootstrap-servers", KAFKA.bootstrapServers(), "--report",
                dir.resolve("topic").toString());
        CliRun fromArchive = run("backtest", "--archive", ARCHIVE.toString(), "--config", CONFIG.toString(), "--report",
                dir.resolve("archive").toString());

        // Then both histories have the same articles and raise the same alerts
        assertEquals(0, fromTopic.exit(), fromTopic.out() + fromTopic.err());
        assertEquals(0, fromArchive.exit(), fromArchive.out() + fromArchive.err());
        JsonNode topicReport = Json.mapper().readTree(dir.resolve("topic.json").toFile());
        JsonNode archiveReport = Json.mapper().readTree(dir.resolve("archive.json").toFile());
        assertEquals(archiveReport.get("articles").asInt(), topicReport.get("articles").asInt());
        assertEquals(archiveReport.get("alerts"), topicReport.get("alerts"));
        assertTrue(topicReport.get("source").asText().startsWith("topic it-topic.articles"),
                topicReport.get("source").asText());
    }

    @Test
    void shouldDeleteEveryTopicOfTheNamespaceAndNoOther() throws Exception {
        // Given a replayed namespace (one day of the archive) and another namespace that only shares a prefix
        CliRun replay = run("replay", "--archive", ARCHIVE.toString(), "--namespace", "it-delete", "--from", "2026-11-20",
                "--config", CONFIG.toString(), "--bootstrap-servers", KAFKA.bootstrapServers(), "--idle-seconds", "1");
        assertEquals(0, replay.exit(), replay.out() + replay.err());
        KafkaClients clients = new KafkaClients(KAFKA.bootstrapServers(), Map.of());
        TopicAdmin.ensureTopics(clients.admin("it"), new Topics("it-delete-kept.", Map.of()), (short) 1);
        assertTrue(topicNames().stream().anyMatch(t -> t.startsWith("it-delete.enrich-")),
                "the Streams internal topics exist: " + topicNames());

        // When
        CliRun delete = run("replay", "--delete", "it-delete", "--config", CONFIG.toString(), "--bootstrap-servers",
                KAFKA.bootstrapServers());

        // Then it listed and removed every it-delete.* topic, internal ones included, and the enrich consumer
        // group, and kept the others
        assertEquals(0, delete.exit(), delete.out() + delete.err());
        assertTrue(delete.out().contains("it-delete.articles") && delete.out().contains("it-delete.enrich-"),
                delete.out());
        Await.until(() -> topicNames().stream().noneMatch(t -> t.startsWith("it-delete.")), Duration.ofSeconds(30),
                () -> "topics left: " + topicNames());
        assertTrue(topicNames().contains("it-delete-kept.articles"), "other namespace kept: " + topicNames());
        assertFalse(groupIds().contains("it-delete.enrich"), "consumer group left: " + groupIds());
    }

    private static Set<String> groupIds() {
        try (Admin admin = Admin.create(new KafkaClients(KAFKA.bootstrapServers(), Map.of()).admin("it"))) {
            Set<String> ids = new TreeSet<>();
            admin.listGroups().all().get(30, TimeUnit.SECONDS).forEach(g -> ids.add(g.groupId()));
            return ids;
        } catch (Exception e) {
            throw new IllegalStateException("cannot list consumer groups", e);
        }
    }

    private static Set<String> topicNames() {
        try (Admin admin = Admin.create(new KafkaClients(KAFKA.bootstrapServers(), Map.of()).admin("it"))) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
    }

    private static String describe(Alert alert) {
        Deal d = alert.deal().deal();
        return (d.investor() == null ? "?" : d.investor().id()) + " → " + (d.target() == null ? "?" : d.target().id())
                + " " + d.type().wireName() + " " + d.stage().wireName() + " "
                + (d.amountUsd() == null ? "?" : d.amountUsd().stripTrailingZeros().toPlainString()) + " " + alert.kind();
    }

    private static CliRun run(String... args) {
        return CliRun.of(Newswatch.commandLine(), args);
    }
}

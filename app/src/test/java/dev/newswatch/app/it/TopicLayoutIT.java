package dev.newswatch.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicCheck;
import dev.newswatch.core.kafka.TopicLayoutException;
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.ConfigDir;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replication settings and the start-up topic check on a real embedded broker: every topic Newswatch creates, and
 * every Kafka Streams internal topic, carries {@code min.insync.replicas} as an explicit topic config; a stage
 * refuses to start on a table topic that is not compacted and names it.
 */
@Tag("integration")
class TopicLayoutIT {

    @RegisterExtension
    static final KafkaClusterExtension KAFKA = EmbeddedKafka.singleBroker();

    @Test
    void shouldSetMinInsyncReplicasOnCatalogueAndStreamsInternalTopics(@TempDir Path dir) throws Exception {
        // Given a config asking for replication 1 and min ISR 1 (all one broker allows)
        NewswatchConfig config = load(dir, "layout-created.", "  replication-factor: 1", "  min-insync-replicas: 1");

        // When the enrich stage starts (it creates the catalogue, then Streams its changelogs)
        try (Pipeline pipeline = Pipeline.start(config, EnumSet.of(Stage.ENRICH), false, "layout", Clock.systemUTC());
             Admin admin = Admin.create(clients().admin("it-layout"))) {
            String internalPrefix = config.topics().prefix() + "enrich-";
            List<String> changelogs = Await.value("a changelog topic of the enrich application",
                    () -> names(admin).stream().filter(n -> n.startsWith(internalPrefix) && n.endsWith("-changelog")).toList(),
                    found -> !found.isEmpty(), Duration.ofSeconds(60));

            // Then each topic has min.insync.replicas=1 set on the topic itself, not inherited from the broker
            List<String> checked = new ArrayList<>(changelogs);
            config.topics().all().forEach(t -> checked.add(t.name()));
            for (String topic : checked) {
                ConfigEntry entry = topicConfig(admin, topic).get(TopicCheck.MIN_INSYNC_REPLICAS);
                assertEquals("1", entry.value(), topic);
                assertEquals(ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG, entry.source(), topic);
            }
            // and the check at start finds nothing to say about the stage's topics
            assertEquals(List.of(), TopicCheck.verify(clients().admin("it-verify"), "enrich",
                    Stage.ENRICH.topics(config.topics()), 1, 1));
        }
    }

    @Test
    void shouldRefuseToStartAlertsOnASubscriptionsTopicThatDeletesOldEntries(@TempDir Path dir) throws Exception {
        // Given a subscriptions topic made by hand with the default delete policy
        NewswatchConfig config = load(dir, "layout-refused.");
        try (Admin admin = Admin.create(clients().admin("it-layout"))) {
            admin.createTopics(List.of(new NewTopic(config.topics().subscriptions.name(), 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete")))).all().get(30, TimeUnit.SECONDS);
        }

        // When the alerts stage starts
        TopicLayoutException refused = assertThrows(TopicLayoutException.class,
                () -> Pipeline.start(config, Set.of(Stage.ALERTS), false, "layout", Clock.systemUTC()).close());

        // Then it names the topic, what differs and why, and left the topic as it was
        assertTrue(refused.getMessage().startsWith("the alerts stage refuses to run on these topics: topic "
                + "layout-refused.subscriptions: cleanup.policy is delete, expected compact (a table topic must keep"),
                refused.getMessage());
        try (Admin admin = Admin.create(clients().admin("it-layout"))) {
            assertEquals("delete", topicConfig(admin, config.topics().subscriptions.name()).get("cleanup.policy").value());
        }
    }

    @Test
    void shouldOnlyWarnWhenATopicHasMorePartitionsThanConfigured(@TempDir Path dir) throws Exception {
        // Given an articles topic made by hand with 5 partitions instead of 3, and the right policy
        NewswatchConfig config = load(dir, "layout-warned.");
        try (Admin admin = Admin.create(clients().admin("it-layout"))) {
            admin.createTopics(List.of(new NewTopic(config.topics().articles.name(), 5, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete")))).all().get(30, TimeUnit.SECONDS);
        }

        // When the ingest stage's topics are checked after creation of the missing ones
        try (Pipeline pipeline = Pipeline.start(config, Set.of(Stage.INGEST), false, "layout", Clock.systemUTC())) {
            List<TopicCheck.Difference> found = TopicCheck.verify(clients().admin("it-verify"), "ingest",
                    Stage.INGEST.topics(config.topics()), 1, 1);

            // Then the stage runs, and the difference is a warning naming partitions (the hand-made topic has the
            // broker's min ISR, 1, which is what the config asks here)
            assertEquals(1, found.size(), found.toString());
            assertEquals("partitions", found.get(0).what());
            assertEquals("5", found.get(0).actual());
            assertFalse(found.get(0).fatal());
        }
    }

    /** The shipped taxonomy and entities, topics under {@code prefix}, no ops endpoint, {@code kafkaLines} added. */
    private static NewswatchConfig load(Path dir, String prefix, String... kafkaLines) throws Exception {
        List<String> lines = new ArrayList<>(List.of("data-dir: \"" + dir.resolve("data") + "\"", "kafka:",
                "  topic-prefix: " + prefix));
        lines.addAll(List.of(kafkaLines));
        lines.addAll(List.of("http:", "  port: -1", "alerts:", "  http-port: -1"));
        Path configDir = ConfigDir.create(dir.resolve("config")).copyShipped("taxonomy.yml", "entities")
                .main(lines).write("subscriptions.yml", "subscriptions: []\n").write(ConfigDir.FEEDS_FILE, "feeds: []\n")
                .path();
        NewswatchConfig loaded = ConfigLoader.load(configDir);
        return loaded.withKafka(loaded.kafka().withBootstrapServers(KAFKA.bootstrapServers()));
    }

    private static KafkaClients clients() {
        return new KafkaClients(KAFKA.bootstrapServers(), Map.of());
    }

    private static Set<String> names(Admin admin) {
        try {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot list topics", e);
        }
    }

    private static Config topicConfig(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource);
    }
}

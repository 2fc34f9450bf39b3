package dev.newswatch.core.kafka;

import dev.newswatch.core.topic.Topic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares the topics a stage uses, as they exist on the cluster, with what the catalogue and configuration ask
 * for: partitions, replication factor, cleanup policy and {@code min.insync.replicas}. A topic made by hand or by an
 * older version can differ; some differences only cost something (fewer partitions, fewer replicas), others break a
 * guarantee and the stage must not run on them (a table topic that is not compacted loses its entries to retention;
 * a {@code min.insync.replicas} above the replica count refuses every acks=all write). Stateless and thread-safe.
 */
public final class TopicCheck {

    /** The topic config that bounds how many replicas must hold a record before an acks=all write succeeds. */
    public static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";
    private static final String CLEANUP_POLICY = "cleanup.policy";
    private static final Logger LOG = LoggerFactory.getLogger(TopicCheck.class);

    private TopicCheck() {
    }

    /**
     * One way a topic differs from what Newswatch expects.
     *
     * @param topic    the full topic name
     * @param what     which property (partitions, replication factor, cleanup.policy, min.insync.replicas, exists)
     * @param expected the expected value, as text
     * @param actual   the value on the cluster, as text
     * @param fatal    true when running on it would break a guarantee, so the stage refuses to start
     * @param why      one sentence on what the difference costs
     */
    public record Difference(String topic, String what, String expected, String actual, boolean fatal, String why) {
        public Difference {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String toString() {
            return "topic " + topic + ": " + what + " is " + actual + ", expected " + expected + " (" + why + ")";
        }
    }

    /**
     * The replication and partitions as they are on the cluster.
     *
     * @param partitions        partition count
     * @param replicationFactor replicas of its first partition
     * @param minInsyncReplicas its effective {@code min.insync.replicas}
     * @param cleanupPolicy     its effective {@code cleanup.policy}
     */
    public record Layout(int partitions, int replicationFactor, int minInsyncReplicas, String cleanupPolicy) {
    }

    /**
     * Describes {@code topics} on the cluster; a missing topic has no entry.
     *
     * @throws KafkaUnreachableException when the cluster does not answer in time
     */
    public static Map<String, Layout> describe(Admin admin, Collection<String> topics) {
        try {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> names = topics.stream().filter(existing::contains).distinct().toList();
            if (names.isEmpty()) {
                return Map.of();
            }
            Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
            List<ConfigResource> resources = names.stream()
                    .map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get(30, TimeUnit.SECONDS);
            Map<String, Layout> out = new HashMap<>();
            for (String name : names) {
                TopicDescription d = described.get(name);
                Config c = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
                int replicas = d.partitions().isEmpty() ? 0 : d.partitions().get(0).replicas().size();
                out.put(name, new Layout(d.partitions().size(), replicas, intValue(c, MIN_INSYNC_REPLICAS, 1),
                        textValue(c, CLEANUP_POLICY, "delete")));
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnreachableException("cannot describe topics " + topics + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    /**
     * How {@code actual} (from {@link #describe}) differs from {@code expected}, with {@code replicationFactor} and
     * {@code minInsyncReplicas} the configured values. Pure.
     */
    public static List<Difference> compare(Collection<Topic<?, ?>> expected, Map<String, Layout> actual,
                                           int replicationFactor, int minInsyncReplicas) {
        List<Difference> out = new ArrayList<>();
        for (Topic<?, ?> topic : expected) {
            Layout layout = actual.get(topic.name());
            if (layout == null) {
                out.add(new Difference(topic.name(), "exists", "yes", "no", true,
                        "the stage reads or writes it and auto-creation would give it the wrong layout"));
                continue;
            }
            boolean compacts = layout.cleanupPolicy().contains("compact");
            boolean deletes = layout.cleanupPolicy().contains("delete");
            if (topic.compacted() && (!compacts || deletes)) {
                out.add(new Difference(topic.name(), CLEANUP_POLICY, "compact", layout.cleanupPolicy(), true,
                        "a table topic must keep the latest value of every key; retention would delete entries "
                                + "and lose feeds, subscriptions, deal state or the delivery ledger"));
            } else if (!topic.compacted() && compacts) {
                out.add(new Difference(topic.name(), CLEANUP_POLICY, "delete", layout.cleanupPolicy(), false,
                        "compaction keeps only the latest record per key, so history that backtests replay is lost"));
            }
            if (layout.partitions() != topic.partitions()) {
                out.add(new Difference(topic.name(), "partitions", String.valueOf(topic.partitions()),
                        String.valueOf(layout.partitions()), false,
                        "the stages run correctly, with parallelism bounded by the actual count"));
            }
            if (layout.minInsyncReplicas() > layout.replicationFactor()) {
                out.add(new Difference(topic.name(), MIN_INSYNC_REPLICAS, "at most " + layout.replicationFactor(),
                        String.valueOf(layout.minInsyncReplicas()), true,
                        "every acks=all write would fail with NotEnoughReplicas"));
            } else if (layout.minInsyncReplicas() < minInsyncReplicas) {
                out.add(new Difference(topic.name(), MIN_INSYNC_REPLICAS, String.valueOf(minInsyncReplicas),
                        String.valueOf(layout.minInsyncReplicas()), false,
                        "acks=all writes are confirmed by fewer replicas than kafka.min-insync-replicas asks"));
            }
            if (layout.replicationFactor() < replicationFactor) {
                out.add(new Difference(topic.name(), "replication factor", String.valueOf(replicationFactor),
                        String.valueOf(layout.replicationFactor()), false,
                        "fewer broker failures are survived than kafka.replication-factor asks"));
            }
        }
        return out;
    }

    /**
     * Checks {@code topics} on the cluster for {@code stage}: logs each difference as a warning and refuses when one
     * would break a guarantee.
     *
     * @return the differences found (fatal ones excepted, which throw)
     * @throws TopicLayoutException      naming every fatal difference
     * @throws KafkaUnreachableException when the cluster does not answer in time
     */
    public static List<Difference> verify(Properties adminProps, String stage, Collection<Topic<?, ?>> topics,
                                          int replicationFactor, int minInsyncReplicas) {
        try (Admin admin = Admin.create(adminProps)) {
            return verify(admin, stage, topics, replicationFactor, minInsyncReplicas);
        }
    }

    /** As {@link #verify(Properties, String, Collection, int, int)}, with an admin client the caller owns. */
    public static List<Difference> verify(Admin admin, String stage, Collection<Topic<?, ?>> topics,
                                          int replicationFactor, int minInsyncReplicas) {
        Map<String, Layout> actual = describe(admin, topics.stream().map(Topic::name).toList());
        List<Difference> differences = compare(topics, actual, replicationFactor, minInsyncReplicas);
        List<Difference> fatal = differences.stream().filter(Difference::fatal).toList();
        for (Difference d : differences) {
            if (!d.fatal()) {
                LOG.warn("The {} stage runs on a topic that differs from its configuration: {}.", stage, d);
            }
        }
        if (!fatal.isEmpty()) {
            throw new TopicLayoutException("the " + stage + " stage refuses to run on these topics: "
                    + fatal.stream().map(Difference::toString).collect(Collectors.joining("; "))
                    + ". Fix them with kafka-configs.sh / kafka-topics.sh, or use another kafka.topic-prefix.");
        }
        if (differences.isEmpty()) {
            LOG.info("The {} stage's {} topics have the expected partitions, replication, cleanup policy and "
                    + "min.insync.replicas.", stage, topics.size());
        }
        return differences;
    }

    private static int intValue(Config config, String key, int fallback) {
        ConfigEntry entry = config == null ? null : config.get(key);
        if (entry == null || entry.value() == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(entry.value());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String textValue(Config config, String key, String fallback) {
        ConfigEntry entry = config == null ? null : config.get(key);
        return entry == null || entry.value() == null ? fallback : entry.value();
    }
}

package dev.newswatch.core.kafka;

import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the catalogue's topics that do not exist yet, with their partition counts, compaction, replication
 * factor and {@code min.insync.replicas}. Existing topics are left as they are ({@link TopicCheck} says how they
 * differ). Safe to call from several instances at once.
 */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private TopicAdmin() {
    }

    /**
     * Waits until every partition of the new topics has a leader that answers: a producer writing to a
     * partition created a moment earlier can otherwise get NOT_LEADER_OR_FOLLOWER for an append that landed,
     * and retry it with out-of-order sequence errors until its delivery timeout.
     */
    private static void awaitLeaders(Admin admin, List<String> topics) throws InterruptedException {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                java.util.Map<org.apache.kafka.common.TopicPartition, org.apache.kafka.clients.admin.OffsetSpec> specs =
                        new java.util.HashMap<>();
                for (var description : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                    for (var partition : description.partitions()) {
                        if (partition.leader() == null) {
                            throw new IllegalStateException("no leader yet for " + description.name() + "-" + partition.partition());
                        }
                        specs.put(new org.apache.kafka.common.TopicPartition(description.name(), partition.partition()),
                                org.apache.kafka.clients.admin.OffsetSpec.latest());
                    }
                }
                admin.listOffsets(specs).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException | IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    LOG.warn("New topics {} still have partitions without a leader after 30 s.", topics);
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    /**
     * Ensures every topic of {@code topics} exists, creating the missing ones with {@code replicationFactor} replicas
     * and the default {@code min.insync.replicas} (one less, at least 1).
     *
     * @throws KafkaUnreachableException when the cluster cannot be reached within the timeout
     */
    public static void ensureTopics(Properties adminProps, Topics topics, short replicationFactor) {
        ensureTopics(adminProps, topics, replicationFactor,
                dev.newswatch.core.config.KafkaSettings.defaultMinInsyncReplicas(replicationFactor));
    }

    /**
     * Ensures every topic of {@code topics} exists, creating the missing ones with {@code replicationFactor} replicas
     * and {@code min.insync.replicas} set to {@code minInsyncReplicas}.
     *
     * @throws KafkaUnreachableException when the cluster cannot be reached within the timeout
     */
    public static void ensureTopics(Properties adminProps, Topics topics, short replicationFactor,
                                    short minInsyncReplicas) {
        try (Admin admin = Admin.create(adminProps)) {
            ensureTopics(admin, String.valueOf(adminProps.get("bootstrap.servers")), topics, replicationFactor,
                    minInsyncReplicas);
        }
    }

    /**
     * As {@link #ensureTopics(Properties, Topics, short, short)}, with an admin client the caller owns (of the cluster
     * at {@code bootstrapServers}, as the error message names it).
     */
    public static void ensureTopics(Admin admin, String bootstrapServers, Topics topics, short replicationFactor,
                                    short minInsyncReplicas) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics.all()) {
                if (!existing.contains(topic.name())) {
                    java.util.Map<String, String> configs = new java.util.HashMap<>(topic.configs());
                    configs.put(TopicCheck.MIN_INSYNC_REPLICAS, String.valueOf(minInsyncReplicas));
                    missing.add(new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(configs));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            List<String> created = new ArrayList<>();
            for (var entry : admin.createTopics(missing).values().entrySet()) {
                try {
                    entry.getValue().get(30, TimeUnit.SECONDS);
                    created.add(entry.getKey());
                    LOG.info("Created topic {} with {} replicas and min.insync.replicas={}.", entry.getKey(),
                            replicationFactor, minInsyncReplicas);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e);
                    }
                }
            }
            awaitLeaders(admin, created);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnreachableException("cannot reach Kafka at " + bootstrapServers
                    + " to create topics: " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }
}

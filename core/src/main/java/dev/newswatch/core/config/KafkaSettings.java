package dev.newswatch.core.config;

import java.util.Map;
import java.util.Objects;

/**
 * How to reach Kafka and lay out topics.
 *
 * @param bootstrapServers  external cluster address, or null to run the embedded broker
 * @param embeddedPort      port of the embedded broker on 127.0.0.1
 * @param topicPrefix       prefix of every topic name
 * @param partitions        partitions per topic alias (aliases not listed use the catalogue default)
 * @param replicationFactor replication factor for created topics and Kafka Streams' internal topics (1 on the
 *                          embedded broker)
 * @param minInsyncReplicas {@code min.insync.replicas} of those topics: how many replicas must hold a record
 *                          before an acks=all write succeeds; at least 1 and at most {@code replicationFactor}
 * @param client            extra Kafka client properties passed to every producer, consumer, admin and
 *                          Streams instance (security settings, for example)
 */
public record KafkaSettings(String bootstrapServers, int embeddedPort, String topicPrefix,
                            Map<String, Integer> partitions, short replicationFactor,
                            short minInsyncReplicas, Map<String, String> client) {

    public KafkaSettings {
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers.strip();
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        partitions = partitions == null ? Map.of() : Map.copyOf(partitions);
        client = client == null ? Map.of() : Map.copyOf(client);
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("replication factor must be at least 1, got " + replicationFactor);
        }
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("min.insync.replicas must be between 1 and the replication factor ("
                    + replicationFactor + "), got " + minInsyncReplicas);
        }
    }

    /** The default {@code min.insync.replicas} for {@code replicationFactor}: one less, at least 1. */
    public static short defaultMinInsyncReplicas(short replicationFactor) {
        return (short) Math.max(1, replicationFactor - 1);
    }

    public boolean embedded() {
        return bootstrapServers == null;
    }

    /** A copy that talks to {@code servers} instead (the {@code --bootstrap-servers} option). */
    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, embeddedPort, topicPrefix, partitions, replicationFactor, minInsyncReplicas, client);
    }

    /** A copy whose embedded broker listens on {@code port}. */
    public KafkaSettings withEmbeddedPort(int port) {
        return new KafkaSettings(bootstrapServers, port, topicPrefix, partitions, replicationFactor, minInsyncReplicas, client);
    }

    /** A copy with another topic prefix (replays and tests use their own namespace). */
    public KafkaSettings withTopicPrefix(String prefix) {
        return new KafkaSettings(bootstrapServers, embeddedPort, prefix, partitions, replicationFactor, minInsyncReplicas, client);
    }
}

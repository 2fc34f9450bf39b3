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
 * @param replicationFactor replication factor for created topics (1 on the embedded broker)
 * @param client            extra Kafka client properties passed to every producer, consumer, admin and
 *                          Streams instance (security settings, for example)
 */
public record KafkaSettings(String bootstrapServers, int embeddedPort, String topicPrefix,
                            Map<String, Integer> partitions, short replicationFactor,
                            Map<String, String> client) {

    public KafkaSettings {
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? null : bootstrapServers.strip();
        Objects.requireNonNull(topicPrefix, "topicPrefix");
        partitions = partitions == null ? Map.of() : Map.copyOf(partitions);
        client = client == null ? Map.of() : Map.copyOf(client);
    }

    public boolean embedded() {
        return bootstrapServers == null;
    }

    /** A copy that talks to {@code servers} instead (the {@code --bootstrap-servers} option). */
    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(servers, embeddedPort, topicPrefix, partitions, replicationFactor, client);
    }

    /** A copy whose embedded broker listens on {@code port}. */
    public KafkaSettings withEmbeddedPort(int port) {
        return new KafkaSettings(bootstrapServers, port, topicPrefix, partitions, replicationFactor, client);
    }

    /** A copy with another topic prefix (replays and tests use their own namespace). */
    public KafkaSettings withTopicPrefix(String prefix) {
        return new KafkaSettings(bootstrapServers, embeddedPort, prefix, partitions, replicationFactor, client);
    }
}

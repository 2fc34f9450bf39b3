package dev.newswatch.core.kafka;

import dev.newswatch.core.config.KafkaSettings;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Builds the properties of every Kafka client Newswatch creates, from one place: the bootstrap servers,
 * then our defaults for the role, then the operator's pass-through {@code kafka.client} properties (which
 * win). Immutable and thread-safe.
 */
public final class KafkaClients {

    private final String bootstrapServers;
    private final Map<String, String> passThrough;
    private final short replicationFactor;
    private final short minInsyncReplicas;

    /** Clients whose Streams internal topics take the broker's default replication. */
    public KafkaClients(String bootstrapServers, Map<String, String> passThrough) {
        this(bootstrapServers, passThrough, (short) -1, (short) -1);
    }

    /**
     * @param replicationFactor replication of Kafka Streams' internal topics, or -1 for the broker default
     * @param minInsyncReplicas their {@code min.insync.replicas}, or -1 for the broker default
     */
    public KafkaClients(String bootstrapServers, Map<String, String> passThrough, short replicationFactor,
                        short minInsyncReplicas) {
        this.bootstrapServers = Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        this.passThrough = passThrough == null ? Map.of() : Map.copyOf(passThrough);
        this.replicationFactor = replicationFactor;
        this.minInsyncReplicas = minInsyncReplicas;
    }

    /** Clients for {@code settings}, talking to {@code bootstrapServers} (the embedded broker's or the external cluster's). */
    public static KafkaClients of(KafkaSettings settings, String bootstrapServers) {
        return new KafkaClients(bootstrapServers, settings.client(), settings.replicationFactor(),
                settings.minInsyncReplicas());
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Properties admin(String clientId) {
        Properties p = base(clientId);
        return withPassThrough(p);
    }

    /** An idempotent, acks=all producer; transactional when {@code transactionalId} is not null. */
    public Properties producer(String clientId, String transactionalId) {
        Properties p = base(clientId);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "120000");
        if (transactionalId != null) {
            p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "60000");
        }
        return withPassThrough(p);
    }

    /** A read_committed consumer without auto-commit; {@code groupId} may be null for assign-only readers. */
    public Properties consumer(String clientId, String groupId) {
        Properties p = base(clientId);
        if (groupId != null) {
            p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return withPassThrough(p);
    }

    /**
     * Properties for a Kafka Streams application (the caller adds application.id and processing guarantee): its
     * internal topics (changelogs, repartition topics) get the configured replication and min.insync.replicas.
     */
    public Properties streams(String clientId) {
        Properties p = base(clientId);
        p.put("replication.factor", String.valueOf(replicationFactor));
        if (minInsyncReplicas > 0) {
            p.put("topic." + TopicCheck.MIN_INSYNC_REPLICAS, String.valueOf(minInsyncReplicas));
        }
        return withPassThrough(p);
    }

    private Properties base(String clientId) {
        Properties p = new Properties();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        return p;
    }

    private Properties withPassThrough(Properties p) {
        passThrough.forEach(p::put);
        return p;
    }
}

package dev.newswatch.app.cli;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of every command that talks to Kafka: which cluster, the embedded broker's port and data, the
 * topic prefix; and, as a nested {@link ConfigOption}, where the configuration is.
 */
public final class KafkaOptions {

    @Mixin
    ConfigOption config;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Use this Kafka cluster instead of the embedded broker (also KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded broker keeps its data (default: data-dir of newswatch.yml, ./data).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the embedded broker on 127.0.0.1 (default: 9092).")
    Integer port;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of every topic name (default: newswatch.).")
    String topicPrefix;

    /** The configuration with these command-line overrides applied. */
    public NewswatchConfig load() {
        NewswatchConfig loaded = config.load();
        var kafka = loaded.kafka();
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            kafka = kafka.withBootstrapServers(bootstrapServers);
        }
        if (port != null) {
            kafka = kafka.withEmbeddedPort(port);
        }
        if (topicPrefix != null) {
            kafka = kafka.withTopicPrefix(topicPrefix);
        }
        loaded = loaded.withKafka(kafka);
        if (dataDir != null) {
            loaded = loaded.withDataDir(dataDir);
        }
        return loaded;
    }

    /**
     * The cluster a client command (feeds, tail) talks to: the configured one, or the embedded broker of a
     * running {@code newswatch up} on its port.
     */
    public String clientBootstrap(NewswatchConfig loaded) {
        return loaded.kafka().embedded() ? "127.0.0.1:" + loaded.kafka().embeddedPort() : loaded.kafka().bootstrapServers();
    }

    /** Clients for the cluster of {@link #clientBootstrap}. */
    public KafkaClients clients(NewswatchConfig loaded) {
        return KafkaClients.of(loaded.kafka(), clientBootstrap(loaded));
    }
}

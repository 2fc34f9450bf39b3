package dev.newswatch.app.cli;

import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares: where the config is and which cluster to use. */
public final class CommonOptions {

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "${env:NEWSWATCH_CONFIG:-config}",
            description = "Configuration directory (default: ${DEFAULT-VALUE}).")
    Path configDir;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Use this Kafka cluster instead of the embedded broker (also KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded broker keeps its data (default: data-dir of newswatch.yml, ./data).")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Port of the embedded broker on 127.0.0.1 (default: 9092).")
    Integer port;

    @Option(names = "--topic-prefix", paramLabel = "PREFIX", description = "Prefix of every topic name (default: newswatch.).")
    String topicPrefix;

    /** The configuration with the command-line overrides applied. */
    public NewswatchConfig load() {
        NewswatchConfig config = ConfigLoader.load(configDir);
        var kafka = config.kafka();
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            kafka = kafka.withBootstrapServers(bootstrapServers);
        }
        if (port != null) {
            kafka = kafka.withEmbeddedPort(port);
        }
        if (topicPrefix != null) {
            kafka = kafka.withTopicPrefix(topicPrefix);
        }
        config = config.withKafka(kafka);
        if (dataDir != null) {
            config = config.withDataDir(dataDir);
        }
        return config;
    }

    /**
     * The cluster a client command (feeds, tail) talks to: the configured one, or the embedded broker of a
     * running {@code newswatch up} on its port.
     */
    public String clientBootstrap(NewswatchConfig config) {
        return config.kafka().embedded() ? "127.0.0.1:" + config.kafka().embeddedPort() : config.kafka().bootstrapServers();
    }
}

package dev.newswatch.app.wiring;

import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.ingest.FeedRegistry;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running set of stages: starts the embedded broker when no cluster is configured, creates the topics,
 * seeds the feed list, starts the stages, and stops all of it in reverse order on {@link #close()}. Used
 * by {@code up}, by each single-stage command and by the end-to-end tests.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final NewswatchConfig config;
    private String bootstrapServers;
    private EmbeddedBroker broker;

    private Pipeline(NewswatchConfig config) {
        this.config = config;
    }

    /**
     * Starts {@code stages}. With no bootstrap servers configured, {@code embedded} decides whether to run the
     * embedded broker (up) or to connect to one on the configured port (single stages).
     */
    public static Pipeline start(NewswatchConfig config, Set<Stage> stages, boolean embedded, String instanceId,
                                 Clock clock) {
        Pipeline pipeline = new Pipeline(config);
        try {
            pipeline.startAll(stages, embedded, instanceId, clock);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** The default instance id: this host's name, so a restarted instance fences its predecessor. */
    public static String defaultInstanceId() {
        String env = System.getenv("NEWSWATCH_INSTANCE_ID");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        } catch (java.io.IOException e) {
            return "local";
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embeddedBroker() {
        return broker != null;
    }

    public NewswatchConfig config() {
        return config;
    }

    private void startAll(Set<Stage> stages, boolean embedded, String instanceId, Clock clock) {
        if (config.kafka().embedded() && embedded) {
            broker = new EmbeddedBroker(config.dataDir().resolve("kafka"), config.kafka().embeddedPort()).start();
            running.push(broker);
            bootstrapServers = broker.bootstrapServers();
        } else {
            bootstrapServers = config.kafka().embedded()
                    ? "127.0.0.1:" + config.kafka().embeddedPort()
                    : config.kafka().bootstrapServers();
        }
        KafkaClients clients = KafkaClients.of(config.kafka(), bootstrapServers);
        TopicAdmin.ensureTopics(clients.admin("newswatch-admin"), config.topics(), config.kafka().replicationFactor());
        if (stages.contains(Stage.INGEST)) {
            new FeedRegistry(config.topics(), clients).seed(config.feeds());
            running.push(IngestWiring.service(config, clients, instanceId, clock).start());
        }
        if (stages.contains(Stage.ENRICH)) {
            running.push(EnrichWiring.start(config, clients, config.topics().prefix() + "enrich"));
        }
        if (stages.contains(Stage.ALERTS)) {
            AlertsWiring.start(config, clients, instanceId, clock, System.out).forEach(running::push);
        }
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", next.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}

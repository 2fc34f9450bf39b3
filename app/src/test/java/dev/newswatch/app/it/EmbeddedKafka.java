package dev.newswatch.app.it;

import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.testkit.KafkaCluster;
import dev.newswatch.testkit.KafkaClusterExtension;
import java.nio.file.Path;

/**
 * The application's {@link EmbeddedBroker} as the testkit's {@link KafkaCluster}: one KRaft broker on 127.0.0.1.
 * The testkit cannot start it itself (it depends on no Newswatch module, so that core's tests can use it), and the
 * broker belongs to the shipped application; this adapter joins the two. Not thread-safe.
 */
public final class EmbeddedKafka implements KafkaCluster {

    private final Path dataDir;
    private int port;
    private EmbeddedBroker broker;

    private EmbeddedKafka(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** A JUnit extension running one embedded broker for the tests of a class. */
    public static KafkaClusterExtension singleBroker() {
        return KafkaClusterExtension.using(EmbeddedKafka::new);
    }

    /** Starts the broker: on any free port the first time, on the same port and data afterwards. */
    @Override
    public void start() {
        if (broker != null) {
            return;
        }
        broker = new EmbeddedBroker(dataDir.resolve("kafka"), port).start();
        String servers = broker.bootstrapServers();
        port = Integer.parseInt(servers.substring(servers.lastIndexOf(':') + 1));
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }
}

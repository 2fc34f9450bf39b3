package dev.newswatch.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a {@link KafkaCluster} once before the tests of a class and stops it after them, with its data in a
 * temporary directory removed at the end. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final KafkaClusterExtension KAFKA = KafkaClusterExtension.using(SomeCluster::new);
 * ... KAFKA.bootstrapServers() ...
 * }</pre>
 *
 * The tests of one class share the cluster, so each should use its own topic prefix. A test that stops the cluster
 * on purpose can start it again through {@link #cluster()}. Not thread-safe (JUnit calls it from one thread).
 */
public final class KafkaClusterExtension implements BeforeAllCallback, AfterAllCallback {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);

    private final KafkaCluster.Factory factory;
    private Path dataDir;
    private KafkaCluster cluster;

    private KafkaClusterExtension(KafkaCluster.Factory factory) {
        this.factory = factory;
    }

    /** An extension that creates its cluster with {@code factory} before the first test of the class. */
    public static KafkaClusterExtension using(KafkaCluster.Factory factory) {
        return new KafkaClusterExtension(factory);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("newswatch-kafka-");
        cluster = factory.create(dataDir);
        cluster.start();
        LOG.info("Kafka cluster for {} is up at {}.", context.getDisplayName(), cluster.bootstrapServers());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (cluster != null) {
                cluster.stop();
            }
        } finally {
            cluster = null;
            deleteRecursively(dataDir);
        }
    }

    /**
     * The running cluster, to stop and start it again in a test.
     *
     * @throws IllegalStateException outside the tests of the class that registered the extension
     */
    public KafkaCluster cluster() {
        if (cluster == null) {
            throw new IllegalStateException("no Kafka cluster: register the extension on a static field "
                    + "with @RegisterExtension and use it from the tests of that class");
        }
        return cluster;
    }

    /** The {@code bootstrap.servers} value of the cluster. */
    public String bootstrapServers() {
        return cluster().bootstrapServers();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

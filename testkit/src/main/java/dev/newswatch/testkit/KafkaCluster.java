package dev.newswatch.testkit;

import java.nio.file.Path;

/**
 * A Kafka cluster a test runs against: the application's embedded broker (its module provides the {@link Factory},
 * since the broker code belongs to the application), or {@link ProcessKafkaCluster}, several broker JVMs started
 * from Kafka's own {@code kafka.Kafka} for fault tests. Hand the factory to {@link KafkaClusterExtension}.
 * Not thread-safe: start and stop it from one thread.
 */
public interface KafkaCluster extends AutoCloseable {

    /**
     * Starts every broker and returns once the cluster answers. Starting again after {@link #stop()} reuses the same
     * addresses and data, so topics and offsets survive and clients configured earlier reconnect.
     *
     * @throws RuntimeException with a readable reason when a broker cannot start
     */
    void start();

    /** Stops every broker and waits for it; the data stays. Does nothing when already stopped. */
    void stop();

    /** The {@code bootstrap.servers} value of the cluster, valid after the first {@link #start()}. */
    String bootstrapServers();

    /** Same as {@link #stop()}. */
    @Override
    default void close() {
        stop();
    }

    /** Creates a cluster, not yet started, keeping all its data below one directory. */
    @FunctionalInterface
    interface Factory {

        /**
         * @param dataDir an empty directory owned by the cluster for as long as the test class runs
         * @return a stopped cluster
         */
        KafkaCluster create(Path dataDir);
    }
}

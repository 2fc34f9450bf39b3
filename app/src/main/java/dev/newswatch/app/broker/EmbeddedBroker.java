package dev.newswatch.app.broker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this process,
 * bound to 127.0.0.1. Storage is formatted on first start and reused afterwards, so topics and offsets
 * survive a restart. Not thread-safe: start and stop it from one thread.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path logDir;
    private final int requestedPort;
    private KafkaRaftServer server;
    private int port;

    /**
     * @param logDir directory of the broker's data (created if missing)
     * @param port   port on 127.0.0.1, or 0 for any free port
     */
    public EmbeddedBroker(Path logDir, int port) {
        this.logDir = logDir.toAbsolutePath().normalize();
        this.requestedPort = port;
    }

    /**
     * Formats storage if needed and starts the broker, waiting until it answers.
     *
     * @throws BrokerStartException with a readable reason (port taken, unreadable data directory...)
     */
    public EmbeddedBroker start() {
        port = requestedPort == 0 ? freePort() : checkPortFree(requestedPort);
        int controllerPort = freePort();
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new BrokerStartException("cannot create the broker data directory " + logDir + ": " + e.getMessage(), e);
        }
        Properties props = brokerProperties(port, controllerPort);
        KafkaConfig config = KafkaConfig.fromProps(props, false);
        formatIfNeeded();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            throw new BrokerStartException("the embedded Kafka broker failed to start: " + e.getMessage(), e);
        }
        awaitReady(Duration.ofSeconds(60));
        LOG.info("Embedded Kafka broker is up at {} (data in {}).", bootstrapServers(), logDir);
        return this;
    }

    /** {@code 127.0.0.1:port}, valid after {@link #start()}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        if (server == null) {
            return;
        }
        LOG.info("Stopping the embedded Kafka broker at {}.", bootstrapServers());
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private Properties brokerProperties(int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "1");
        p.put("auto.create.topics.enable", "false");
        // One broker: internal topics cannot be replicated, or transactions hang (FACTS.md).
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private void formatIfNeeded() {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(1)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setIgnoreFormatted(true)
                    .run();
            LOG.info("Formatted new broker storage in {} (cluster id {}).", logDir, clusterId);
        } catch (Exception e) {
            throw new BrokerStartException("cannot format broker storage in " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BrokerStartException("interrupted while waiting for the broker", e);
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new BrokerStartException("the embedded broker did not answer within " + timeout.toSeconds() + " s", e);
                    }
                }
            }
        }
    }

    private static int checkPortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (IOException e) {
            throw new BrokerStartException("port " + port + " on 127.0.0.1 is already in use (another Kafka or newswatch?). "
                    + "Stop it, choose another port with --port, or use that cluster with --bootstrap-servers 127.0.0.1:" + port + ".", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new BrokerStartException("no free port on 127.0.0.1: " + e.getMessage(), e);
        }
    }
}

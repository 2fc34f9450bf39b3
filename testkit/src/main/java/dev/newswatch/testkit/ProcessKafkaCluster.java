package dev.newswatch.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KRaft cluster of separate broker JVMs, each running Kafka's own {@code kafka.Kafka} with a generated
 * {@code server.properties} (what {@code kafka-server-start.sh} runs), every node both broker and controller in one
 * static quorum. Clients reach each broker only through its {@link TcpProxy} (the advertised address), so a test can
 * cut, reset or slow the network of one broker; brokers replicate to each other directly. Any broker can be killed
 * ({@code kill -9}), paused ({@code SIGSTOP}), resumed and started again on the same ports and data.
 *
 * <p>The brokers run on the classpath of the test JVM, which must hold {@code kafka_2.13} and its runtime
 * dependencies (the app module's tests do). Each broker's output goes to {@code broker-N.log} in the data
 * directory, at WARN except its start line. Heap: {@value #HEAP} per broker. Nodes are numbered from 1.
 * {@link #secured()} makes the client listener {@code SASL_SSL} with SCRAM-SHA-512 ({@link SaslSslSecurity}), as on
 * a managed cluster; the brokers still talk to each other in plain text on loopback.
 * Not thread-safe: drive it from the test thread.
 */
public final class ProcessKafkaCluster implements KafkaCluster {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessKafkaCluster.class);
    private static final String HEAP = "-Xmx256m";
    private static final String STARTED = "Kafka Server started";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int size;
    private final String classpath;
    private final Node[] nodes;
    private final String clusterId;
    /** The client listener's TLS and SCRAM settings, or null for plain text. */
    private final SaslSslSecurity security;
    private boolean formatted;

    /** One broker: its ports, process and proxy. */
    private static final class Node {
        final int id;
        final int clientPort;
        final int replicationPort;
        final int controllerPort;
        final int proxyPort;
        Process process;
        TcpProxy proxy;
        boolean paused;
        /** Launches so far; its output holds one start line per launch that came up. */
        int launches;

        Node(int id) {
            this.id = id;
            this.clientPort = freePort();
            this.replicationPort = freePort();
            this.controllerPort = freePort();
            this.proxyPort = freePort();
        }
    }

    /**
     * @param dataDir an empty directory for the brokers' logs, properties and output
     * @param size    number of brokers, 1 to 5
     */
    public ProcessKafkaCluster(Path dataDir, int size) {
        this(dataDir, size, null);
    }

    /**
     * @param dataDir  an empty directory for the brokers' logs, properties and output
     * @param size     number of brokers, 1 to 5
     * @param security the client listener's TLS and SCRAM settings, or null for plain text
     */
    public ProcessKafkaCluster(Path dataDir, int size, SaslSslSecurity security) {
        this.security = security;
        if (size < 1 || size > 5) {
            throw new IllegalArgumentException("a process cluster has 1 to 5 brokers, not " + size);
        }
        this.dataDir = dataDir;
        this.size = size;
        this.classpath = brokerClasspath();
        this.nodes = IntStream.rangeClosed(1, size).mapToObj(Node::new).toArray(Node[]::new);
        this.clusterId = newClusterId();
    }

    /**
     * A random cluster id as the storage tool wants it. Kafka's own generator never starts an id with '-': one in 64
     * plain base64 ids does, and the tool's argument parser then takes it for an option ("--cluster-id: expected one
     * argument"), which failed a CI run.
     */
    static String newClusterId() {
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    /** A factory for {@link KafkaClusterExtension#using}: {@code size} broker JVMs. */
    public static Factory of(int size) {
        return dir -> new ProcessKafkaCluster(dir, size);
    }

    /**
     * A factory for one broker JVM whose client listener is {@code SASL_SSL} with SCRAM-SHA-512: a test CA and the
     * broker's keystore are made in the data directory, the SCRAM user when the storage is formatted. Clients need
     * {@link #clientProperties()}.
     */
    public static Factory secured() {
        return dir -> new ProcessKafkaCluster(dir, 1, SaslSslSecurity.create(dir.resolve("tls")));
    }

    /** The client listener's security, or null when it is plain text. */
    public SaslSslSecurity security() {
        return security;
    }

    /** What a client needs besides {@code bootstrap.servers}: empty for plain text, the SASL_SSL settings otherwise. */
    public java.util.Map<String, String> clientProperties() {
        return security == null ? java.util.Map.of() : security.clientProperties();
    }

    /** Formats the storage once, then starts every broker that is not running and waits until all answer. */
    @Override
    public void start() {
        if (!formatted) {
            format();
            formatted = true;
        }
        for (Node node : nodes) {
            if (node.proxy == null) {
                node.proxy = new TcpProxy(node.proxyPort, "127.0.0.1", node.clientPort).start();
            }
            if (node.process == null || !node.process.isAlive()) {
                launch(node);
            }
        }
        for (Node node : nodes) {
            awaitStarted(node);
        }
        awaitBrokers(size);
        LOG.info("Kafka cluster of {} broker JVMs is up at {}.", size, bootstrapServers());
    }

    /** Stops every broker (resuming paused ones first) and closes the proxies; the data stays. */
    @Override
    public void stop() {
        for (Node node : nodes) {
            if (node.paused) {
                resume(node.id);
            }
        }
        for (Node node : nodes) {
            if (node.process != null && node.process.isAlive()) {
                node.process.destroy();
            }
        }
        for (Node node : nodes) {
            waitForExit(node, Duration.ofSeconds(30));
            if (node.proxy != null) {
                node.proxy.close();
                node.proxy = null;
            }
        }
    }

    /** Every broker's proxy address, comma-separated. */
    @Override
    public String bootstrapServers() {
        return Arrays.stream(nodes).map(n -> "127.0.0.1:" + n.proxyPort).collect(Collectors.joining(","));
    }

    /** The number of brokers. */
    public int size() {
        return size;
    }

    /** The proxy in front of broker {@code id}, to inject network faults. */
    public TcpProxy proxy(int id) {
        TcpProxy proxy = node(id).proxy;
        if (proxy == null) {
            throw new IllegalStateException("the cluster is not started");
        }
        return proxy;
    }

    /** Kills broker {@code id} with SIGKILL, as {@code kill -9} does, and waits until it is gone. */
    public void kill(int id) {
        Node node = node(id);
        if (node.process == null || !node.process.isAlive()) {
            return;
        }
        LOG.info("Killing broker {} (pid {}) with SIGKILL.", id, node.process.pid());
        node.process.destroyForcibly();
        node.paused = false;
        waitForExit(node, Duration.ofSeconds(30));
    }

    /** Pauses broker {@code id} with SIGSTOP: its process holds its sockets and answers nothing. */
    public void pause(int id) {
        Node node = node(id);
        signal(node, "STOP");
        node.paused = true;
    }

    /** Resumes broker {@code id} paused by {@link #pause(int)} with SIGCONT. */
    public void resume(int id) {
        Node node = node(id);
        signal(node, "CONT");
        node.paused = false;
    }

    /** Starts broker {@code id} again (after {@link #kill(int)}) on the same ports and data, and waits for it. */
    public void restart(int id) {
        Node node = node(id);
        if (node.process != null && node.process.isAlive()) {
            throw new IllegalStateException("broker " + id + " is still running (pid " + node.process.pid() + ")");
        }
        launch(node);
        awaitStarted(node);
        LOG.info("Broker {} started again.", id);
    }

    /**
     * Undoes every fault: forwards normally on every proxy, resumes paused brokers, starts dead ones again and
     * waits until all are registered. For an {@code @AfterEach}, so that one failed case leaves no fault behind.
     */
    public void heal() {
        for (Node node : nodes) {
            if (node.proxy != null) {
                node.proxy.heal();
            }
            if (node.paused) {
                resume(node.id);
            }
            if (node.process != null && !node.process.isAlive()) {
                restart(node.id);
            }
        }
        awaitBrokers(size);
    }

    /** Whether broker {@code id}'s process is alive (a paused one is). */
    public boolean alive(int id) {
        Node node = node(id);
        return node.process != null && node.process.isAlive();
    }

    /** The output of broker {@code id}, for a failure message. */
    public Path log(int id) {
        return dataDir.resolve("broker-" + id + ".log");
    }

    private Node node(int id) {
        if (id < 1 || id > size) {
            throw new IllegalArgumentException("no broker " + id + " (brokers are 1 to " + size + ")");
        }
        return nodes[id - 1];
    }

    private void format() {
        List<Process> formatting = new ArrayList<>();
        for (Node node : nodes) {
            Path props = writeProperties(node);
            List<String> command = javaCommand("kafka.tools.StorageTool", "format", "--cluster-id", clusterId,
                    "--config", props.toString(), "--ignore-formatted");
            if (security != null) {
                // The SCRAM user goes into the first metadata records, so it exists before any client connects.
                command.addAll(List.of("--add-scram", security.addScramArgument()));
            }
            formatting.add(run(command, dataDir.resolve("format-" + node.id + ".log")));
        }
        for (int i = 0; i < formatting.size(); i++) {
            Process p = formatting.get(i);
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("formatting the storage of broker " + (i + 1) + " failed: "
                            + tail(dataDir.resolve("format-" + (i + 1) + ".log")));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while formatting broker storage", e);
            }
        }
    }

    private void launch(Node node) {
        Path props = writeProperties(node);
        List<String> command = javaCommand("kafka.Kafka", props.toString());
        node.process = run(command, log(node.id));
        node.launches++;
        node.paused = false;
        Process started = node.process;
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        LOG.info("Started broker {} (pid {}): clients at 127.0.0.1:{} through the proxy at 127.0.0.1:{}.", node.id,
                started.pid(), node.clientPort, node.proxyPort);
    }

    private Path writeProperties(Node node) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(node.id));
        p.put("controller.quorum.voters", Arrays.stream(nodes)
                .map(n -> n.id + "@127.0.0.1:" + n.controllerPort).collect(Collectors.joining(",")));
        p.put("listeners", "CLIENT://127.0.0.1:" + node.clientPort + ",REPLICATION://127.0.0.1:" + node.replicationPort
                + ",CONTROLLER://127.0.0.1:" + node.controllerPort);
        // Clients learn the proxy's address from the metadata, so every client byte passes the proxy.
        p.put("advertised.listeners", "CLIENT://127.0.0.1:" + node.proxyPort + ",REPLICATION://127.0.0.1:"
                + node.replicationPort);
        p.put("listener.security.protocol.map", (security == null ? "CLIENT:PLAINTEXT" : "CLIENT:SASL_SSL")
                + ",REPLICATION:PLAINTEXT,CONTROLLER:PLAINTEXT");
        if (security != null) {
            p.putAll(security.brokerProperties("CLIENT"));
        }
        p.put("inter.broker.listener.name", "REPLICATION");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("log.dirs", dataDir.resolve("kafka-" + node.id).toString());
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        // Internal topics replicated like production (3 replicas, min ISR 2 when there are three brokers).
        String replicas = String.valueOf(Math.min(3, size));
        String minIsr = String.valueOf(Math.max(1, Math.min(3, size) - 1));
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("group.initial.rebalance.delay.ms", "0");
        // A dead follower leaves the ISR after 10 s instead of 30 s, so acks=all writes resume sooner.
        p.put("replica.lag.time.max.ms", "10000");
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.replica.fetchers", "1");
        p.put("log.cleaner.threads", "1");
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        Path file = dataDir.resolve("server-" + node.id + ".properties");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "broker " + node.id + " of a " + size + "-broker test cluster");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private List<String> javaCommand(String mainClass, String... args) {
        Path logback = writeLogbackConfig();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-Xms64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-Djava.awt.headless=true", "-Dlogback.configurationFile=" + logback,
                "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** WARN and above, plus the broker's start line, which {@link #awaitStarted} waits for. */
    private Path writeLogbackConfig() {
        Path file = dataDir.resolve("logback-broker.xml");
        if (Files.exists(file)) {
            return file;
        }
        String xml = String.join("\n",
                "<configuration>",
                "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
                "    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n</pattern></encoder>",
                "  </appender>",
                "  <logger name=\"kafka.server.KafkaRaftServer\" level=\"INFO\"/>",
                "  <root level=\"WARN\"><appender-ref ref=\"OUT\"/></root>",
                "</configuration>", "");
        try {
            Files.writeString(file, xml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    private static Process run(List<String> command, Path output) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(command.size() - 2), e);
        }
    }

    /** Waits until the broker's output, since its latest launch, says it started. */
    private void awaitStarted(Node node) {
        Process process = node.process;
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("broker " + node.id + " exited with code " + process.exitValue()
                        + " while starting: " + tail(log(node.id)));
            }
            if (startedCount(node) >= node.launches) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("broker " + node.id + " did not start within "
                        + START_TIMEOUT.toSeconds() + " s: " + tail(log(node.id)));
            }
            pauseBriefly();
        }
    }

    private int startedCount(Node node) {
        try {
            String text = Files.readString(log(node.id), StandardCharsets.UTF_8);
            int count = 0;
            for (int i = text.indexOf(STARTED); i >= 0; i = text.indexOf(STARTED, i + 1)) {
                count++;
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Waits until {@code expected} brokers are registered and answer through their proxies. */
    private void awaitBrokers(int expected) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.putAll(clientProperties());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(props)) {
            while (true) {
                int seen = -1;
                try {
                    seen = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).size();
                    if (seen >= expected) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the brokers", e);
                } catch (Exception e) {
                    LOG.debug("The cluster does not answer yet: {}", e.getMessage());
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(seen + " of " + expected + " brokers registered after "
                            + START_TIMEOUT.toSeconds() + " s; broker 1 says: " + tail(log(1)));
                }
                pauseBriefly();
            }
        }
    }

    private static void signal(Node node, String signal) {
        if (node.process == null || !node.process.isAlive()) {
            throw new IllegalStateException("broker " + node.id + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(node.process.pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + node.process.pid() + " failed");
            }
            LOG.info("Sent SIG{} to broker {} (pid {}).", signal, node.id, node.process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kill -" + signal, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling broker " + node.id, e);
        }
    }

    private static void waitForExit(Node node, Duration timeout) {
        if (node.process == null) {
            return;
        }
        try {
            if (!node.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Broker {} did not stop within {} s; killing it.", node.id, timeout.toSeconds());
                node.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void pauseBriefly() {
        try {
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a broker", e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    /**
     * The classpath of the test JVM: surefire runs tests through a manifest-only jar and passes the real path in
     * {@code surefire.test.class.path}.
     */
    private static String brokerClasspath() {
        String path = System.getProperty("surefire.test.class.path");
        if (path == null || path.isBlank()) {
            path = System.getProperty("java.class.path");
        }
        boolean hasBroker = Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(entry -> Path.of(entry).getFileName().toString().startsWith("kafka_2.13"));
        if (!hasBroker) {
            throw new IllegalStateException("the test classpath has no kafka_2.13 jar, so no broker JVM can start; "
                    + "add org.apache.kafka:kafka_2.13 to the module's (test) dependencies");
        }
        return path;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }
}

package dev.newswatch.app.it;

import dev.newswatch.app.Newswatch;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.topic.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;

/**
 * Shared pieces of the alerts end-to-end tests: alert records built by hand, a producer into the alerts topic,
 * config directories, the delivery ledger as a table, and the {@code newswatch} command line run in-process.
 */
final class AlertsFixtures {

    /** Kafka client settings for tests that kill alerters: a dead member leaves the group in 6 s, not 45 s. */
    static final List<String> FAST_GROUP_CLIENT = List.of(
            "  client: {\"session.timeout.ms\": \"6000\", \"heartbeat.interval.ms\": \"1000\"}");

    private AlertsFixtures() {
    }

    /** A new Standard Webhooks secret: {@code whsec_} and the base64 of 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** An announced investment of {@code usd} dollars by {@code investor} in {@code target}, as enrich would alert it. */
    static Alert alert(String alertId, String investor, String target, BigDecimal usd) {
        Instant now = Instant.now();
        String investorId = slug(investor);
        String targetId = slug(target);
        String sentence = investor + " will invest $" + usd.toPlainString() + " in " + target + ", the companies said.";
        Deal deal = new Deal(Party.of(investorId, investor), Party.of(targetId, target), usd, null, "USD", usd,
                Qualifier.EXACT, DealType.INVESTMENT, DealStage.ANNOUNCED, sentence, 0, sentence.length());
        Source source = new Source("article-" + alertId, "IT Wire", investor + " to invest in " + target,
                "https://news.example.test/" + alertId, "en", now);
        TrackedDeal tracked = new TrackedDeal("deal-" + alertId, deal, List.of("ai-funding"), List.of(source), now, now,
                1, "new");
        return new Alert(alertId, Alert.NEW, tracked, now);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** Produces the alerts (key: alert id) and waits for each acknowledgement; returns the wall-clock send times. */
    static Map<String, Long> produce(String bootstrapServers, Topics topics, List<Alert> alerts) {
        Map<String, Long> sentAt = new LinkedHashMap<>();
        KafkaClients clients = new KafkaClients(bootstrapServers, Map.of());
        var topic = topics.alerts;
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(clients.producer("it-alerts", null),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
            for (Alert a : alerts) {
                sentAt.put(a.alertId(), System.currentTimeMillis());
                acks.add(producer.send(new ProducerRecord<>(topic.name(), a.alertId(), a)));
            }
            for (var ack : acks) {
                ack.get(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while producing alerts", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("producing alerts to " + topic.name() + " failed", e);
        }
        return sentAt;
    }

    /**
     * Waits until every partition of every topic answers a ListOffsets request, which only a ready leader does.
     * Producing to a partition created a moment before can otherwise meet NOT_LEADER_OR_FOLLOWER for a batch the
     * broker did append, and the idempotent producer then retries it on OUT_OF_ORDER_SEQUENCE_NUMBER until its
     * delivery timeout (seen on a loaded two-core machine with Kafka 4.3.1).
     */
    static void awaitLeaders(String bootstrapServers, Topics topics) {
        Properties p = new KafkaClients(bootstrapServers, Map.of()).consumer("it-leaders", null);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (var topic : topics.all()) {
                for (PartitionInfo info : consumer.partitionsFor(topic.name(), Duration.ofSeconds(60))) {
                    partitions.add(new TopicPartition(topic.name(), info.partition()));
                }
            }
            consumer.endOffsets(partitions, Duration.ofSeconds(60));
        }
    }

    /** The delivery ledger as a table: the latest state per delivery id. */
    static Map<String, Delivery> ledger(String bootstrapServers, Topics topics) {
        Map<String, Delivery> out = new LinkedHashMap<>();
        TopicReader.readAll(bootstrapServers, topics.deliveries).forEach(r -> {
            if (r.value() != null) {
                out.put(r.key(), r.value());
            }
        });
        return out;
    }

    /**
     * A config directory for the alerts stage alone: topics under {@code prefix}, loopback allowed, the given
     * lines appended under {@code alerts:} (and under {@code kafka:}), and {@code subscriptions} as subscriptions.yml.
     */
    static Path config(Path dir, String prefix, List<String> kafkaLines, List<String> alertsLines, String subscriptions)
            throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>(List.of(
                "data-dir: \"" + dir.resolve("data") + "\"",
                "kafka:",
                "  topic-prefix: " + prefix));
        lines.addAll(kafkaLines);
        lines.addAll(List.of(
                "network:",
                "  allow: [127.0.0.0/8]",
                "alerts:"));
        lines.addAll(alertsLines);
        Files.writeString(dir.resolve("newswatch.yml"), String.join("\n", lines) + "\n");
        Files.writeString(dir.resolve("subscriptions.yml"), subscriptions);
        return dir;
    }

    /**
     * A config directory with the shipped demo feeds, taxonomy and entities (as PipelineIT builds it), and
     * {@code subscriptions} as subscriptions.yml.
     */
    static Path demoConfig(Path dir, String prefix, List<String> alertsLines, String subscriptions) throws IOException {
        Path repoConfig = repoRoot().resolve("config");
        Path config = dir.resolve("config");
        Files.createDirectories(config.resolve("demo"));
        try (Stream<Path> demo = Files.list(repoConfig.resolve("demo"))) {
            for (Path f : demo.toList()) {
                Files.copy(f, config.resolve("demo").resolve(f.getFileName()));
            }
        }
        Files.copy(repoConfig.resolve("taxonomy.yml"), config.resolve("taxonomy.yml"));
        Files.createDirectories(config.resolve("entities"));
        try (Stream<Path> entities = Files.list(repoConfig.resolve("entities"))) {
            for (Path f : entities.toList()) {
                Files.copy(f, config.resolve("entities").resolve(f.getFileName()));
            }
        }
        // Only the demo feeds: the web feeds are not reachable from tests.
        List<String> demoFeeds = Files.readAllLines(repoConfig.resolve("feeds.yml")).stream()
                .filter(l -> l.contains("file:demo/")).toList();
        Files.writeString(config.resolve("feeds.yml"), "feeds:\n" + String.join("\n", demoFeeds) + "\n");
        List<String> lines = new ArrayList<>(List.of(
                "data-dir: \"" + dir.resolve("data") + "\"",
                "kafka:",
                "  topic-prefix: " + prefix,
                "ingest:",
                "  default-interval: 5s",
                "  min-interval: 1s",
                "network:",
                "  allow: [127.0.0.0/8]",
                "  allow-files: [demo]",
                "alerts:"));
        lines.addAll(alertsLines);
        Files.writeString(config.resolve("newswatch.yml"), String.join("\n", lines) + "\n");
        Files.writeString(config.resolve("subscriptions.yml"), subscriptions);
        return config;
    }

    private static Path repoRoot() {
        String root = System.getProperty("newswatch.repo.root");
        Path p = root != null ? Path.of(root) : Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("config/demo"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository root (config/demo)");
        }
        return p;
    }

    /** A port on 127.0.0.1 that was free a moment ago. */
    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** What one run of the {@code newswatch} command line printed, and its exit code. */
    record Cli(int exit, String out, String err) {
    }

    /** Runs {@code newswatch args...} in this JVM, capturing its output. */
    static Cli newswatch(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Newswatch.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}

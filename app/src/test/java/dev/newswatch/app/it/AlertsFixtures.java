package dev.newswatch.app.it;

import dev.newswatch.alerts.channel.DeliveryIds;
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
import dev.newswatch.testkit.Await;
import dev.newswatch.testkit.CliRun;
import dev.newswatch.testkit.ConfigDir;
import java.io.IOException;
import java.math.BigDecimal;
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
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

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

    /**
     * Produces probe alerts (ids {@code probe-0}, {@code probe-1}, ...) one at a time until one is handled while the
     * alerter knows {@code subscription}; returns that alert's id. {@code alreadyProduced} alerts are in the topic
     * before the first probe.
     */
    static String alertSeenBy(String bootstrapServers, Topics topics, String subscription, int alreadyProduced) {
        for (int i = 0; i < 5; i++) {
            String id = "probe-" + i;
            produce(bootstrapServers, topics, List.of(alert(id, "Nvidia", "Probe " + i, new BigDecimal("2500000000"))));
            long produced = alreadyProduced + i + 1L;
            Await.until(() -> committedAlerts(bootstrapServers, topics) >= produced, Duration.ofSeconds(30),
                    () -> "alerts committed by the alerter: " + committedAlerts(bootstrapServers, topics) + " of " + produced);
            if (ledger(bootstrapServers, topics).containsKey(DeliveryIds.forAlert(id, subscription))) {
                return id;
            }
        }
        throw new AssertionError("the alerter never saw the subscription " + subscription);
    }

    /** The alerter group's committed offsets on the alerts topic, summed (each record is one offset). */
    static long committedAlerts(String bootstrapServers, Topics topics) {
        try (Admin admin = Admin.create(new KafkaClients(bootstrapServers, Map.of()).admin("it-offsets"))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin
                    .listConsumerGroupOffsets(topics.prefix() + "alerts").partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topics.alerts.name()))
                    .filter(e -> e.getValue() != null).mapToLong(e -> e.getValue().offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the alerter's committed offsets", e);
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
        return ConfigDir.create(dir).main(lines).write("subscriptions.yml", subscriptions).path();
    }

    /**
     * A config directory with the shipped demo feeds, taxonomy and entities (as PipelineIT builds it), and
     * {@code subscriptions} as subscriptions.yml.
     */
    static Path demoConfig(Path dir, String prefix, List<String> alertsLines, String subscriptions) throws IOException {
        List<String> lines = TestConfigs.localFeedSettings(dir, prefix, "demo");
        lines.add("alerts:");
        lines.addAll(alertsLines);
        return ConfigDir.create(dir.resolve("config"))
                .copyShipped("demo", "taxonomy.yml", "entities")
                .demoFeeds()
                .main(lines)
                .write("subscriptions.yml", subscriptions)
                .path();
    }

    /**
     * {@code alertsLines} followed by an {@code smtp:} block for a plain-text SMTP server on 127.0.0.1 at {@code port}
     * (GreenMail in these tests), to append under {@code alerts:}.
     */
    static List<String> withLocalSmtp(int port, String... alertsLines) {
        List<String> lines = new ArrayList<>(List.of(alertsLines));
        lines.addAll(List.of(
                "  smtp:",
                "    host: 127.0.0.1",
                "    port: " + port,
                "    from: alerts@newswatch.example.test",
                "    starttls: \"off\""));
        return lines;
    }

    /** Runs {@code newswatch args...} in this JVM, capturing its output. */
    static CliRun newswatch(String... args) {
        return CliRun.of(Newswatch.commandLine(), args);
    }
}

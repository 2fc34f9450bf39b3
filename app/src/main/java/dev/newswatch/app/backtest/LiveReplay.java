package dev.newswatch.app.backtest;

import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.app.wiring.AlertsWiring;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.KafkaSettings;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.KafkaUnreachableException;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.EnrichRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live variant of a backtest: feeds a history through the real enrich stage on a broker, under the
 * topic namespace {@code NAME.} (topics {@code NAME.articles}, {@code NAME.alerts}, ..., Streams application
 * id {@code NAME.enrich}), so a rehearsal never touches production topics. It creates the namespace's
 * topics, seeds entities and subscriptions, writes the articles to {@code NAME.articles} in event-time order
 * with a transactional producer (record time = published time), runs the production topology until every
 * article is enriched and no record has arrived for a while, then stops. Nothing is delivered: the alerts
 * stage does not run.
 *
 * <p>The namespace's articles topic has one partition, so the topology sees the articles in the order
 * given, as the backtest does; a live run with several partitions may interleave them. Not thread-safe.
 */
public final class LiveReplay {

    private static final Logger LOG = LoggerFactory.getLogger(LiveReplay.class);
    private static final int TRANSACTION_SIZE = 1000;
    private static final String NAME = "[a-zA-Z0-9][a-zA-Z0-9_-]*(\\.[a-zA-Z0-9_-]+)*";

    private final NewswatchConfig config;
    private final KafkaClients clients;
    private final String namespace;

    /** What the replay produced: the namespace's deals (last version each) and alerts, and the counts. */
    public record Summary(String namespace, int articles, int enriched, int deadLetters, List<TrackedDeal> deals,
                          List<Alert> alerts) {
        public Summary {
            deals = List.copyOf(deals);
            alerts = List.copyOf(alerts);
        }
    }

    /**
     * @param base             the configuration whose rule set is replayed
     * @param bootstrapServers the cluster
     * @param namespace        the topic namespace: letters, digits, '.', '_' and '-', not the base's own prefix
     * @param stateDir         where the Streams state of the replay lives (a fresh directory)
     */
    public LiveReplay(NewswatchConfig base, String bootstrapServers, String namespace, Path stateDir) {
        requireNamespace(namespace, base);
        this.namespace = namespace;
        this.config = namespaced(base, namespace, bootstrapServers).withDataDir(stateDir);
        this.clients = KafkaClients.of(config.kafka(), bootstrapServers);
    }

    /**
     * {@code base} with topic prefix {@code NAME.}, the articles topic on one partition, and the given cluster.
     */
    public static NewswatchConfig namespaced(NewswatchConfig base, String namespace, String bootstrapServers) {
        KafkaSettings k = base.kafka();
        Map<String, Integer> partitions = new HashMap<>(k.partitions());
        partitions.put("articles", 1);
        return base.withKafka(new KafkaSettings(bootstrapServers, k.embeddedPort(), namespace + ".", partitions,
                k.replicationFactor(), k.minInsyncReplicas(), k.client()));
    }

    /**
     * Replays {@code articles} (in event-time order).
     *
     * @param idle    stop once every article is enriched and nothing arrived for this long
     * @param timeout give up after this long
     * @throws IllegalStateException when the namespace already has topics, the cluster cannot be reached, or
     *                               the replay does not finish in time
     */
    public Summary run(List<Article> articles, Duration idle, Duration timeout) {
        Topics topics = config.topics();
        List<String> existing = topics(clients, namespace);
        if (!existing.isEmpty()) {
            throw new IllegalStateException("namespace " + namespace + " already has " + existing.size()
                    + " topics (" + existing.get(0) + ", ...); remove them first with: newswatch replay --delete "
                    + namespace);
        }
        if (groupHasOffsets(clients, namespace + ".enrich")) {
            // Offsets left by an earlier replay would make the new enrich application skip the new articles.
            throw new IllegalStateException("consumer group " + namespace + ".enrich still holds offsets of an earlier "
                    + "replay; remove it first with: newswatch replay --delete " + namespace);
        }
        TopicAdmin.ensureTopics(clients.admin(namespace + ".replay-admin"), topics, config.kafka().replicationFactor(),
                config.kafka().minInsyncReplicas());
        new SubscriptionRegistry(topics, clients).seed(AlertsWiring.subscriptions(config.alerts()));
        produce(articles, topics.articles);
        LOG.info("Replaying {} articles under namespace {}.", articles.size(), namespace);
        try (EnrichRunner runner = EnrichWiring.start(config, clients, namespace + ".enrich")) {
            return await(articles.size(), idle, timeout, runner);
        }
    }

    private void produce(List<Article> articles, Topic<String, Article> topic) {
        try (KafkaProducer<String, Article> producer = new KafkaProducer<>(
                clients.producer(namespace + ".replay", namespace + ".replay"), topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            producer.initTransactions();
            for (int from = 0; from < articles.size(); from += TRANSACTION_SIZE) {
                producer.beginTransaction();
                for (Article a : articles.subList(from, Math.min(articles.size(), from + TRANSACTION_SIZE))) {
                    producer.send(new ProducerRecord<>(topic.name(), null, a.published().toEpochMilli(), a.id(), a));
                }
                // Fails when any send of the transaction failed: nothing half-written is ever read.
                producer.commitTransaction();
            }
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot write the articles to " + topic.name() + " at "
                    + clients.bootstrapServers() + ": " + e.getMessage(), e);
        }
    }

    private Summary await(int articles, Duration idle, Duration timeout, EnrichRunner runner) {
        Topics t = config.topics();
        Map<String, TrackedDeal> deals = new LinkedHashMap<>();
        List<Alert> alerts = new ArrayList<>();
        int enriched = 0;
        int deadLetters = 0;
        long start = System.nanoTime();
        long lastArrival = start;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(clients.consumer(namespace + ".replay-reader",
                null), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String name : List.of(t.enriched.name(), t.deals.name(), t.alerts.name(), t.enrichDlq.name())) {
                for (PartitionInfo p : consumer.partitionsFor(name, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(name, p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (true) {
                long now = System.nanoTime();
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    lastArrival = now;
                    if (r.topic().equals(t.enriched.name())) {
                        enriched++;
                    } else if (r.topic().equals(t.enrichDlq.name())) {
                        deadLetters++;
                    } else if (r.topic().equals(t.deals.name()) && r.value() != null) {
                        TrackedDeal deal = t.deals.valueSerde().deserializer().deserialize(r.topic(), r.value());
                        deals.put(deal.dealId(), deal);
                    } else if (r.topic().equals(t.alerts.name()) && r.value() != null) {
                        alerts.add(t.alerts.valueSerde().deserializer().deserialize(r.topic(), r.value()));
                    }
                }
                if (enriched + deadLetters >= articles && now - lastArrival >= idle.toNanos()) {
                    break;
                }
                if (now - start > timeout.toNanos()) {
                    throw new IllegalStateException("the replay of namespace " + namespace + " did not finish within "
                            + timeout.toSeconds() + " s: " + enriched + " of " + articles + " articles enriched, "
                            + deadLetters + " dead letters, enrich is " + runner.state());
                }
            }
        }
        LOG.info("Replay {} done: {} articles enriched, {} deals, {} alerts.", namespace, enriched, deals.size(),
                alerts.size());
        return new Summary(namespace, articles, enriched, deadLetters, new ArrayList<>(deals.values()), alerts);
    }

    /** The topics of namespace {@code NAME} ({@code NAME.*}, the Streams internal {@code NAME.enrich-*} among them). */
    public static List<String> topics(KafkaClients clients, String namespace) {
        try (Admin admin = Admin.create(clients.admin(namespace + ".replay-admin"))) {
            Set<String> names = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            return names.stream().filter(n -> n.startsWith(namespace + ".")).sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list the topics at " + clients.bootstrapServers() + ": "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
    }

    /**
     * Deletes {@code topics} (the namespace's, as {@link #topics} lists them) and the consumer group of the
     * namespace's enrich application, so the namespace can be used again.
     *
     * @param base the configuration in use: its own topic prefix is never a namespace that may be deleted
     */
    public static void delete(KafkaClients clients, String namespace, List<String> topics, NewswatchConfig base) {
        requireNamespace(namespace, base);
        for (String topic : topics) {
            if (!topic.startsWith(namespace + ".")) {
                throw new IllegalArgumentException("topic " + topic + " is not in namespace " + namespace);
            }
        }
        try (Admin admin = Admin.create(clients.admin(namespace + ".replay-admin"))) {
            if (!topics.isEmpty()) {
                try {
                    admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                }
            }
            deleteGroup(admin, namespace + ".enrich");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deleting namespace " + namespace, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot delete the topics of namespace " + namespace + " at "
                    + clients.bootstrapServers() + ": " + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        }
        LOG.info("Deleted {} topics of namespace {}.", topics.size(), namespace);
    }

    /**
     * Deletes the consumer group of a replay's enrich application. A Streams application does not leave its
     * group when it closes, so right after a replay the group still counts the stopped member until its
     * session expires: that member is removed first.
     */
    private static void deleteGroup(Admin admin, String group) throws InterruptedException, TimeoutException {
        try {
            admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return;
            }
            if (!(e.getCause() instanceof GroupNotEmptyException)) {
                LOG.warn("Cannot delete the consumer group {}: {}", group, e.getCause().getMessage());
                return;
            }
            try {
                admin.removeMembersFromConsumerGroup(group, new RemoveMembersFromConsumerGroupOptions()).all()
                        .get(30, TimeUnit.SECONDS);
                admin.deleteConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException again) {
                LOG.warn("Cannot delete the consumer group {} (is a replay still running?): {}", group,
                        again.getCause().getMessage());
            }
        }
    }

    private static boolean groupHasOffsets(KafkaClients clients, String group) {
        try (Admin admin = Admin.create(clients.admin(group + "-check"))) {
            return !admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                    .isEmpty();
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking consumer group " + group, e);
        } catch (TimeoutException e) {
            throw new KafkaUnreachableException("cannot reach Kafka at " + clients.bootstrapServers() + " to check consumer "
                    + "group " + group, e);
        }
    }

    private static void requireNamespace(String namespace, NewswatchConfig base) {
        Objects.requireNonNull(namespace, "namespace");
        if (!namespace.matches(NAME) || namespace.length() > 100) {
            throw new IllegalArgumentException("namespace must be 1-100 letters, digits, '.', '_' or '-' and must not "
                    + "end with '.', got '" + namespace + "'");
        }
        if ((namespace + ".").equals(base.kafka().topicPrefix()) || base.kafka().topicPrefix().startsWith(namespace + ".")) {
            throw new IllegalArgumentException("namespace " + namespace + " would be the production topics' prefix ("
                    + base.kafka().topicPrefix() + "); choose another name");
        }
    }
}

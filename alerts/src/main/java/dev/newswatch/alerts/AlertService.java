package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.KafkaContact;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.rule.KeywordForms;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerter: turns the alerts topic into deliveries that are never lost and never repeated on purpose.
 *
 * <ul>
 *   <li>A plain consumer of the alerts topic (read_committed, no auto-commit), in its own group, so instances
 *       share the partitions.</li>
 *   <li>The <b>delivery ledger</b> (compacted, keyed by a hash of alert id and subscription id) is read back at
 *       start and checked before anything is sent. A new delivery is written as pending and acknowledged by
 *       the broker <em>before</em> the alert's offset is committed; its outcome (delivered, failed with the
 *       next attempt, dead) is written after the send. So a crash never loses a pending delivery, and a
 *       restart resends only what was not recorded as delivered: at least once, with the same delivery id
 *       ({@code webhook-id}, Message-ID) every time so receivers can drop the rare duplicate.</li>
 *   <li>Each subscription has its own sending thread: a slow or dead endpoint delays only itself. Retries
 *       follow {@link RetrySchedule} (exponential, jittered, Retry-After honoured, 24 h horizon) and survive
 *       restarts because the schedule is in the ledger. Dead deliveries go to the dead-letter topic; a 410
 *       disables the subscription and says so at ERROR.</li>
 *   <li>Digest subscriptions collect alerts until the end of the hour or day; a subscription's rate cap folds
 *       alerts beyond it into a digest at the next minute: each alert reaches a subscriber once, instant or in
 *       a digest.</li>
 * </ul>
 * Article alerts take one step more: {@link ArticleWatch} reads the enriched-articles topic in a group of its own
 * and writes an alert to the alerts topic for each article that a subscription with {@code alert-on: articles}
 * wants; the alert then comes back through {@link AlertIntake} like any other. So the flow reads
 * {@code enriched → ArticleWatch → alerts → AlertIntake → deliveries (ledger) → DeliveryDispatcher → channels}.
 * The service coordinates the parts: {@link TableFollower}s for the subscriptions and the ledger, the
 * {@link DeliveryLedger} they feed, {@link AlertIntake} (the alerts topic) and {@link DeliveryDispatcher} (the
 * channels). Kafka clients live on one coordinator thread. Start with {@link #start()}, stop with {@link #close()}.
 * Delivery attempts are counted on the {@link PipelineMetrics} given to {@link #metrics} before the start (none
 * by default).
 */
public final class AlertService implements AutoCloseable {

    /** The consumer group, after the topic prefix, of the article-alert step (subscriptions with {@code alert-on}). */
    public static final String ARTICLE_GROUP = "alerts-articles";

    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Topics topics;
    private final KafkaClients clients;
    private final Channels channels;
    private final RetrySchedule schedule;
    private final BigDecimal defaultMinUsd;
    private final Clock clock;
    private final String instanceId;

    private final Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    private final DeliveryLedger ledger = new DeliveryLedger();
    /** The alert partitions this instance consumes: it sends only the deliveries of those. */
    private final Set<Integer> owned = new HashSet<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean assigned;
    private volatile boolean closeRequested;
    private volatile String death;
    private final KafkaContact kafka = new KafkaContact();
    private volatile PipelineMetrics metrics = PipelineMetrics.NONE;
    private volatile FailureInjector failures = FailureInjector.NONE;
    private volatile KeywordForms forms = KeywordForms.NONE;
    private final List<AutoCloseable> clientMeters = new ArrayList<>();
    private Thread coordinator;
    private KafkaConsumer<String, Alert> alertsConsumer;
    private KafkaConsumer<String, EnrichedArticle> articlesConsumer;
    private RecordWriter articleAlertWriter;
    private ArticleWatch articleWatch;
    private TableFollower<Subscription> subscriptionTable;
    private TableFollower<Delivery> ledgerTable;
    private RecordWriter writer;
    private AlertIntake intake;
    private DeliveryDispatcher dispatcher;

    public AlertService(Topics topics, KafkaClients clients, Channels channels, RetrySchedule schedule,
                        BigDecimal defaultMinUsd, Clock clock, String instanceId) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.channels = Objects.requireNonNull(channels, "channels");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.defaultMinUsd = Objects.requireNonNull(defaultMinUsd, "defaultMinUsd");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.instanceId = Objects.requireNonNull(instanceId, "instanceId");
    }

    /** Records delivery attempts and the alerts consumer's metrics on {@code pipelineMetrics}; call before {@link #start()}. */
    public AlertService metrics(PipelineMetrics pipelineMetrics) {
        this.metrics = Objects.requireNonNull(pipelineMetrics, "pipelineMetrics");
        return this;
    }

    /** Tells {@code injector} when a crash point is passed (crash tests only); call before {@link #start()}. */
    public AlertService failures(FailureInjector injector) {
        this.failures = Objects.requireNonNull(injector, "injector");
        return this;
    }

    /** Matches subscription rule keywords through these per-language forms; call before {@link #start()}. */
    public AlertService keywordForms(KeywordForms keywordForms) {
        this.forms = Objects.requireNonNull(keywordForms, "keywordForms");
        return this;
    }

    /** True while the alerts consumer holds an assignment of its group (possibly empty): readiness of {@code /health}. */
    public boolean assigned() {
        return assigned && running;
    }

    /** Whether this instance's alerts consumer hears from the cluster: the Kafka part of {@code /health}. */
    public KafkaContact kafka() {
        return kafka;
    }

    /**
     * Why the coordinator thread stopped without being closed (an unexpected error), or null while it runs or after
     * {@link #close()}: the liveness of {@code /health/live}.
     */
    public String death() {
        return death;
    }

    public synchronized AlertService start() {
        if (!running) {
            running = true;
            coordinator = new Thread(this::run, "alerts-coordinator-" + instanceId);
            coordinator.start();
        }
        return this;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!running) {
                return;
            }
            closeRequested = true;
            running = false;
        }
        KafkaConsumer<String, Alert> consumer = alertsConsumer;
        if (consumer != null) {
            consumer.wakeup();
        }
        KafkaConsumer<String, EnrichedArticle> articles = articlesConsumer;
        if (articles != null) {
            articles.wakeup();
        }
        try {
            if (!stopped.await(30, TimeUnit.SECONDS)) {
                LOG.warn("Alerts instance {} did not stop within 30 s.", instanceId);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        try {
            open();
            LOG.info("Alerts instance {} started with {} subscriptions and {} deliveries still open.", instanceId,
                    subscriptions.size(), ledger.openCount());
            while (running) {
                subscriptionTable.poll();
                ledgerTable.poll();
                try {
                    articleWatch.poll(Duration.ZERO);
                    intake.poll(POLL);
                } catch (WakeupException e) {
                    break;
                }
                dispatcher.drainOutcomes();
                dispatcher.dispatchDue(owned);
            }
        } catch (RuntimeException e) {
            LOG.error("Alerts instance {} stopped on an unexpected error.", instanceId, e);
            if (!closeRequested) {
                death = e.toString();
            }
        } finally {
            if (!closeRequested && death == null) {
                death = "the coordinator thread stopped";
            }
            running = false;
            assigned = false;
            if (dispatcher != null) {
                dispatcher.close();
                dispatcher.drainOutcomes();
            }
            for (AutoCloseable meters : clientMeters) {
                try {
                    meters.close();
                } catch (Exception e) {
                    LOG.debug("Unbinding Kafka client metrics failed: {}", e.getMessage());
                }
            }
            TableFollower.closeQuietly(alertsConsumer);
            TableFollower.closeQuietly(articlesConsumer);
            if (articleAlertWriter != null) {
                articleAlertWriter.close();
            }
            if (subscriptionTable != null) {
                subscriptionTable.close();
            }
            if (ledgerTable != null) {
                ledgerTable.close();
            }
            if (writer != null) {
                writer.close();
            }
            stopped.countDown();
            LOG.info("Alerts instance {} stopped.", instanceId);
        }
    }

    private void open() {
        subscriptionTable = table(topics.subscriptions, "alerts-subscriptions-" + instanceId, this::applySubscription);
        ledgerTable = table(topics.deliveries, "alerts-ledger-" + instanceId, ledger::apply);
        subscriptionTable.catchUp();
        ledgerTable.catchUp();
        var producerProps = clients.producer("alerts-" + instanceId, null);
        writer = new RecordWriter(new KafkaProducer<>(producerProps, new StringSerializer(),
                (topic, data) -> data == null ? null : Json.write(data).getBytes(StandardCharsets.UTF_8)));
        var consumerProps = clients.consumer("alerts-" + instanceId, topics.prefix() + "alerts");
        consumerProps.put("max.poll.records", "200");
        alertsConsumer = new KafkaConsumer<>(consumerProps, topics.alerts.keySerde().deserializer(),
                topics.alerts.valueSerde().deserializer());
        intake = new AlertIntake(alertsConsumer, subscriptions, defaultMinUsd, ledger, writer, topics.deliveries.name(),
                clock, failures, forms);
        openArticleWatch();
        dispatcher = new DeliveryDispatcher(topics, channels, schedule, clock, metrics, failures, subscriptions, ledger,
                writer);
        // The producer shares this consumer's client id, so binding both would register their app-info twice.
        clientMeters.add(metrics.bind(alertsConsumer));
        kafka.watch(alertsConsumer::metrics);
        alertsConsumer.subscribe(List.of(topics.alerts.name()), new Rebalance());
    }

    /** The article-alert step: its own group on the enriched topic, and its own producer (its own failure flag). */
    private void openArticleWatch() {
        articleAlertWriter = new RecordWriter(new KafkaProducer<>(clients.producer("alerts-articles-" + instanceId, null),
                new StringSerializer(), (topic, data) -> data == null ? null : Json.write(data).getBytes(StandardCharsets.UTF_8)));
        var props = clients.consumer("alerts-articles-" + instanceId, topics.prefix() + ARTICLE_GROUP);
        props.put("max.poll.records", "200");
        articlesConsumer = new KafkaConsumer<>(props, topics.enriched.keySerde().deserializer(),
                topics.enriched.valueSerde().deserializer());
        articleWatch = new ArticleWatch(articlesConsumer, subscriptions, forms, articleAlertWriter, topics.alerts.name(),
                clock);
        articlesConsumer.subscribe(List.of(topics.enriched.name()));
    }

    private <V> TableFollower<V> table(Topic<String, V> topic, String clientId, BiConsumer<String, V> apply) {
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(clients.consumer(clientId, null),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        return new TableFollower<>(consumer, topic.name(), apply);
    }

    private void applySubscription(String id, Subscription s) {
        if (s == null) {
            subscriptions.remove(id);
        } else {
            subscriptions.put(id, s);
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(tp -> owned.remove(tp.partition()));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            assigned = false;
            onPartitionsRevoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assigned = true;
            partitions.forEach(tp -> owned.add(tp.partition()));
            // Deliveries another instance left pending or just delivered are in the ledger: read it to its end first.
            subscriptionTable.catchUp();
            ledgerTable.catchUp();
            LOG.info("Alerts instance {} owns alert partitions {}.", instanceId, owned);
        }
    }
}

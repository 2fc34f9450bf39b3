package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.errors.WakeupException;
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
 * Kafka clients live on one coordinator thread. Start with {@link #start()}, stop with {@link #close()}.
 * Delivery attempts are counted on the {@link PipelineMetrics} given to {@link #metrics} before the start (none
 * by default).
 */
public final class AlertService implements AutoCloseable {

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
    private final Set<String> known = new HashSet<>();
    private final Map<String, Delivery> active = new LinkedHashMap<>();
    /** When each delivery that left {@link #active} (delivered or dead) last changed, to ignore older ledger records. */
    private final Map<String, Instant> finished = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();
    private final Set<Integer> owned = new HashSet<>();
    private final Map<String, Deque<Instant>> recentSends = new HashMap<>();
    private final Map<String, ExecutorService> senders = new HashMap<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writeFailed = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean assigned;
    private volatile PipelineMetrics metrics = PipelineMetrics.NONE;
    private volatile FailureInjector failures = FailureInjector.NONE;
    private final List<AutoCloseable> clientMeters = new ArrayList<>();
    private Thread coordinator;
    private KafkaConsumer<String, Alert> alertsConsumer;
    private KafkaConsumer<String, Subscription> subscriptionsConsumer;
    private KafkaConsumer<String, Delivery> ledgerConsumer;
    private KafkaProducer<String, Object> producer;

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

    /** True while the alerts consumer holds an assignment of its group (possibly empty): readiness of {@code /health}. */
    public boolean assigned() {
        return assigned && running;
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
            running = false;
        }
        KafkaConsumer<String, Alert> consumer = alertsConsumer;
        if (consumer != null) {
            consumer.wakeup();
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
                    subscriptions.size(), active.size());
            while (running) {
                pollTables();
                try {
                    handleAlerts(alertsConsumer.poll(POLL));
                } catch (WakeupException e) {
                    break;
                } catch (RecordDeserializationException e) {
                    LOG.error("Skipping unreadable alert at {} offset {}: {}", e.topicPartition(), e.offset(), e.getMessage());
                    alertsConsumer.seek(e.topicPartition(), e.offset() + 1);
                }
                drainOutcomes();
                dispatchDue();
            }
        } catch (RuntimeException e) {
            LOG.error("Alerts instance {} stopped on an unexpected error.", instanceId, e);
        } finally {
            running = false;
            assigned = false;
            senders.values().forEach(ExecutorService::shutdownNow);
            drainOutcomes();
            for (AutoCloseable meters : clientMeters) {
                try {
                    meters.close();
                } catch (Exception e) {
                    LOG.debug("Unbinding Kafka client metrics failed: {}", e.getMessage());
                }
            }
            close(alertsConsumer);
            close(subscriptionsConsumer);
            close(ledgerConsumer);
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
            stopped.countDown();
            LOG.info("Alerts instance {} stopped.", instanceId);
        }
    }

    private void open() {
        subscriptionsConsumer = tableReader(topics.subscriptions, "alerts-subscriptions-" + instanceId);
        ledgerConsumer = tableReader(topics.deliveries, "alerts-ledger-" + instanceId);
        catchUp(subscriptionsConsumer, this::applySubscription);
        catchUp(ledgerConsumer, this::applyLedger);
        var producerProps = clients.producer("alerts-" + instanceId, null);
        producer = new KafkaProducer<>(producerProps, new org.apache.kafka.common.serialization.StringSerializer(),
                (topic, data) -> data == null ? null : dev.newswatch.core.serde.Json.write(data)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        var consumerProps = clients.consumer("alerts-" + instanceId, topics.prefix() + "alerts");
        consumerProps.put("max.poll.records", "200");
        alertsConsumer = new KafkaConsumer<>(consumerProps, topics.alerts.keySerde().deserializer(),
                topics.alerts.valueSerde().deserializer());
        // The producer shares this consumer's client id, so binding both would register their app-info twice.
        clientMeters.add(metrics.bind(alertsConsumer));
        alertsConsumer.subscribe(List.of(topics.alerts.name()), new Rebalance());
    }

    private <V> KafkaConsumer<String, V> tableReader(Topic<String, V> topic, String clientId) {
        KafkaConsumer<String, V> consumer = new KafkaConsumer<>(clients.consumer(clientId, null),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo p : consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(topic.name(), p.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return consumer;
    }

    private <V> void catchUp(KafkaConsumer<String, V> consumer, java.util.function.BiConsumer<String, V> apply) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (end.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out reading " + consumer.assignment());
            }
            consumer.poll(POLL).forEach(r -> apply.accept(r.key(), r.value()));
        }
    }

    private void pollTables() {
        subscriptionsConsumer.poll(Duration.ZERO).forEach(r -> applySubscription(r.key(), r.value()));
        ledgerConsumer.poll(Duration.ZERO).forEach(r -> applyLedger(r.key(), r.value()));
    }

    private void applySubscription(String id, Subscription s) {
        if (s == null) {
            subscriptions.remove(id);
        } else {
            subscriptions.put(id, s);
        }
    }

    /** Another writer (an earlier run, another instance, {@code alerts retry}) may have changed a delivery. */
    private void applyLedger(String id, Delivery d) {
        if (d == null) {
            return;
        }
        known.add(id);
        Delivery mine = active.get(id);
        if (mine != null && mine.updatedAt() != null && d.updatedAt() != null && d.updatedAt().isBefore(mine.updatedAt())) {
            return;
        }
        // Our own pending record often comes back after the delivery finished: it must not send it again.
        Instant done = finished.get(id);
        if (done != null && d.updatedAt() != null && !d.updatedAt().isAfter(done)) {
            return;
        }
        if (d.terminal()) {
            active.remove(id);
            if (d.updatedAt() != null) {
                finished.put(id, d.updatedAt());
            }
        } else if (!inFlight.contains(id)) {
            active.put(id, d);
        }
    }

    private void handleAlerts(ConsumerRecords<String, Alert> records) {
        if (records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        List<Future<?>> acks = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        Map<TopicPartition, Long> firstOffsets = new HashMap<>();
        for (ConsumerRecord<String, Alert> record : records) {
            TopicPartition tp = new TopicPartition(record.topic(), record.partition());
            firstOffsets.putIfAbsent(tp, record.offset());
            offsets.put(tp, new OffsetAndMetadata(record.offset() + 1));
            Alert alert = record.value();
            if (alert == null) {
                continue;
            }
            for (Subscription s : SubscriptionFilter.matching(List.copyOf(subscriptions.values()), alert, defaultMinUsd)) {
                String deliveryId = DeliveryIds.forAlert(alert.alertId(), s.id());
                if (!known.add(deliveryId)) {
                    continue;
                }
                boolean digest = s.digestMode();
                Delivery d = new Delivery(deliveryId, s.id(), alert, digest ? Delivery.DIGEST : Delivery.PENDING, 0, null,
                        digest ? DeliveryRules.digestDue(s.digest(), now) : now, null, now, record.partition());
                active.put(deliveryId, d);
                acks.add(write(topics.deliveries.name(), deliveryId, d));
                LOG.debug("Alert {} queued for subscription {} as delivery {}.", alert.alertId(), s.id(), deliveryId);
            }
        }
        // The ledger must hold every new delivery before the alerts' offsets move on.
        if (waitFor(acks) && !writeFailed.getAndSet(false)) {
            if (!acks.isEmpty()) {
                failures.reached(FailureInjector.Point.AFTER_LEDGER);
            }
            // The position is past the transaction markers too, so a caught-up group shows no lag.
            offsets.replaceAll((tp, offset) -> new OffsetAndMetadata(alertsConsumer.position(tp)));
            alertsConsumer.commitSync(offsets);
        } else {
            LOG.warn("Writing the delivery ledger failed; these alerts will be read again.");
            firstOffsets.forEach(alertsConsumer::seek);
        }
    }

    private void dispatchDue() {
        Instant now = clock.instant();
        Map<String, List<Delivery>> digests = new LinkedHashMap<>();
        for (Delivery d : List.copyOf(active.values())) {
            if (inFlight.contains(d.deliveryId()) || !owned.contains(d.alertPartition())) {
                continue;
            }
            if (d.nextAttempt() != null && now.isBefore(d.nextAttempt())) {
                continue;
            }
            Subscription s = subscriptions.get(d.subscriptionId());
            if (s == null || s.disabled()) {
                continue;
            }
            if (Delivery.DIGEST.equals(d.state())) {
                digests.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(d);
            } else if (overRateCap(s, now)) {
                Delivery folded = d.with(Delivery.DIGEST, d.attempts(), d.firstAttempt(), DeliveryRules.foldDue(now),
                        "rate cap of " + s.maxPerMinute() + "/min: folded into a digest", now);
                active.put(folded.deliveryId(), folded);
                write(topics.deliveries.name(), folded.deliveryId(), folded);
                LOG.info("Subscription {} is over its rate cap ({} per minute): alert {} folded into the next digest.",
                        s.id(), s.maxPerMinute(), d.alert().alertId());
            } else {
                send(s, List.of(d), false);
                recentSends.computeIfAbsent(s.id(), k -> new ArrayDeque<>()).add(now);
            }
        }
        digests.forEach((subscriptionId, list) -> sendDigest(subscriptions.get(subscriptionId), list, now));
    }

    /**
     * An email digest is one message. A webhook has no digest format, so a folded batch goes out as single calls:
     * at most the rate cap's worth per minute, the rest waits for the next minute.
     */
    private void sendDigest(Subscription s, List<Delivery> due, Instant now) {
        List<Delivery> batch = due;
        if (s.maxPerMinute() > 0 && !Subscription.EMAIL.equals(s.channel())) {
            overRateCap(s, now);
            int room = Math.max(0, s.maxPerMinute() - recentSends.get(s.id()).size());
            batch = due.subList(0, Math.min(room, due.size()));
            for (Delivery later : due.subList(batch.size(), due.size())) {
                Delivery next = later.with(later.state(), later.attempts(), later.firstAttempt(),
                        DeliveryRules.foldDue(now), later.lastError(), now);
                active.put(next.deliveryId(), next);
                write(topics.deliveries.name(), next.deliveryId(), next);
            }
            batch.forEach(d -> recentSends.get(s.id()).add(now));
        }
        if (!batch.isEmpty()) {
            send(s, List.copyOf(batch), true);
        }
    }

    private boolean overRateCap(Subscription s, Instant now) {
        if (s.maxPerMinute() <= 0) {
            return false;
        }
        Deque<Instant> sends = recentSends.computeIfAbsent(s.id(), k -> new ArrayDeque<>());
        while (!sends.isEmpty() && sends.peekFirst().isBefore(now.minusSeconds(60))) {
            sends.pollFirst();
        }
        return sends.size() >= s.maxPerMinute();
    }

    private void send(Subscription s, List<Delivery> deliveries, boolean digest) {
        deliveries.forEach(d -> inFlight.add(d.deliveryId()));
        ExecutorService sender = senders.computeIfAbsent(s.id(), id -> Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "alerts-send-" + id);
            t.setDaemon(true);
            return t;
        }));
        sender.execute(() -> {
            DeliveryResult result;
            try {
                if (digest) {
                    String digestId = DeliveryIds.forDigest(s.id(), deliveries.stream().map(d -> d.alert().alertId()).toList());
                    result = channels.deliverDigest(s, digestId, deliveries);
                } else {
                    result = channels.deliver(s, deliveries.get(0));
                }
            } catch (RuntimeException e) {
                result = new DeliveryResult.Retryable("unexpected error: " + e);
            }
            if (result instanceof DeliveryResult.Delivered) {
                failures.reached(FailureInjector.Point.AFTER_SEND);
            }
            outcomes.add(new Outcome(s, deliveries, result));
        });
    }

    private void drainOutcomes() {
        Outcome outcome;
        Instant now = clock.instant();
        while ((outcome = outcomes.poll()) != null) {
            for (Delivery d : outcome.deliveries) {
                inFlight.remove(d.deliveryId());
                Delivery next = DeliveryRules.afterAttempt(d, outcome.result, schedule, now);
                // A digest that failed stays a digest: for the meters it is a failed attempt like any other.
                metrics.deliveryAttempted(Delivery.DIGEST.equals(next.state()) ? Delivery.FAILED : next.state(),
                        d.alert().raisedAt() == null ? null : Duration.between(d.alert().raisedAt(), now));
                write(topics.deliveries.name(), next.deliveryId(), next);
                if (next.terminal()) {
                    active.remove(next.deliveryId());
                    finished.put(next.deliveryId(), next.updatedAt());
                } else {
                    active.put(next.deliveryId(), next);
                }
                report(outcome.subscription, next);
                if (Delivery.DEAD.equals(next.state())) {
                    write(topics.alertsDlq.name(), next.deliveryId(), next);
                }
            }
            if (outcome.result instanceof DeliveryResult.Permanent p && p.disableSubscription()) {
                Subscription disabled = outcome.subscription.disable(p.reason());
                subscriptions.put(disabled.id(), disabled);
                write(topics.subscriptions.name(), disabled.id(), disabled);
                LOG.error("SUBSCRIPTION {} DISABLED: {}. No more alerts will be sent to it until it is added again "
                        + "(newswatch subscriptions add).", disabled.id(), p.reason());
            }
        }
    }

    private void report(Subscription s, Delivery d) {
        switch (d.state()) {
            case Delivery.DELIVERED -> LOG.info("Delivered alert {} to subscription {} ({}, attempt {}).",
                    d.alert().alertId(), s.id(), s.channel(), d.attempts());
            case Delivery.DEAD -> LOG.warn("Alert {} could not be delivered to subscription {}: {}. It is in the dead-letter "
                    + "topic; 'newswatch alerts retry {}' sends it again.", d.alert().alertId(), s.id(), d.lastError(),
                    d.deliveryId());
            default -> LOG.warn("Delivery of alert {} to subscription {} failed (attempt {}): {}; next attempt at {}.",
                    d.alert().alertId(), s.id(), d.attempts(), d.lastError(), d.nextAttempt());
        }
    }

    private Future<?> write(String topic, String key, Object value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value), (metadata, e) -> {
                if (e != null) {
                    writeFailed.set(true);
                    LOG.error("Writing {} to {} failed: {}", key, topic, e.getMessage());
                }
            });
        } catch (KafkaException e) {
            writeFailed.set(true);
            LOG.error("Writing {} to {} failed: {}", key, topic, e.getMessage());
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    private static boolean waitFor(List<Future<?>> acks) {
        for (Future<?> ack : acks) {
            try {
                ack.get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                return false;
            }
        }
        return true;
    }

    private static void close(KafkaConsumer<?, ?> consumer) {
        if (consumer != null) {
            try {
                consumer.close(Duration.ofSeconds(5));
            } catch (RuntimeException e) {
                LOG.debug("Closing a consumer failed: {}", e.getMessage());
            }
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
            catchUp(subscriptionsConsumer, AlertService.this::applySubscription);
            catchUp(ledgerConsumer, AlertService.this::applyLedger);
            LOG.info("Alerts instance {} owns alert partitions {}.", instanceId, owned);
        }
    }

    private record Outcome(Subscription subscription, List<Delivery> deliveries, DeliveryResult result) {
    }
}

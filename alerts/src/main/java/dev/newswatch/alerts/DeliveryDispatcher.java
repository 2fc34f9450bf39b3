package dev.newswatch.alerts;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.RetrySchedule;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the open deliveries that are due to their channels and records the outcomes in the ledger.
 *
 * <ul>
 *   <li>Each subscription has its own sending thread: a slow or dead endpoint delays only itself.</li>
 *   <li>A subscription over its rate cap gets the alert folded into a digest at the next minute; digest
 *       subscriptions get their collected alerts at once, as one email or, for a webhook, as single calls
 *       within the cap.</li>
 *   <li>After each attempt the delivery's next state ({@link DeliveryRules}) goes to the ledger; dead ones to
 *       the dead-letter topic too; a permanent failure that asks for it disables the subscription.</li>
 * </ul>
 * Coordinator thread only, apart from the sending threads, which hand their outcomes back through a queue.
 */
final class DeliveryDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Topics topics;
    private final Channels channels;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final PipelineMetrics metrics;
    private final FailureInjector failures;
    private final Map<String, Subscription> subscriptions;
    private final DeliveryLedger ledger;
    private final RecordWriter writer;
    private final SendRate rate = new SendRate();
    private final Map<String, ExecutorService> senders = new HashMap<>();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

    /**
     * @param subscriptions the current subscriptions by id, read live; a disabled subscription is put back here
     */
    DeliveryDispatcher(Topics topics, Channels channels, RetrySchedule schedule, Clock clock, PipelineMetrics metrics,
                       FailureInjector failures, Map<String, Subscription> subscriptions, DeliveryLedger ledger,
                       RecordWriter writer) {
        this.topics = topics;
        this.channels = channels;
        this.schedule = schedule;
        this.clock = clock;
        this.metrics = metrics;
        this.failures = failures;
        this.subscriptions = subscriptions;
        this.ledger = ledger;
        this.writer = writer;
    }

    /** Sends every due delivery of the alert partitions in {@code ownedPartitions} that is not being sent yet. */
    void dispatchDue(Set<Integer> ownedPartitions) {
        Instant now = clock.instant();
        Map<String, List<Delivery>> digests = new LinkedHashMap<>();
        for (Delivery d : ledger.openDeliveries()) {
            if (ledger.sending(d.deliveryId()) || !ownedPartitions.contains(d.alertPartition())) {
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
            } else if (rate.overCap(s, now)) {
                Delivery folded = d.with(Delivery.DIGEST, d.attempts(), d.firstAttempt(), DeliveryRules.foldDue(now),
                        "rate cap of " + s.maxPerMinute() + "/min: folded into a digest", now);
                ledger.open(folded);
                writer.write(topics.deliveries.name(), folded.deliveryId(), folded);
                LOG.info("Subscription {} is over its rate cap ({} per minute): alert {} folded into the next digest.",
                        s.id(), s.maxPerMinute(), d.alert().alertId());
            } else {
                send(s, List.of(d), false);
                rate.sent(s, now);
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
            int room = rate.room(s, now);
            batch = due.subList(0, Math.min(room, due.size()));
            for (Delivery later : due.subList(batch.size(), due.size())) {
                Delivery next = later.with(later.state(), later.attempts(), later.firstAttempt(),
                        DeliveryRules.foldDue(now), later.lastError(), now);
                ledger.open(next);
                writer.write(topics.deliveries.name(), next.deliveryId(), next);
            }
            batch.forEach(d -> rate.sent(s, now));
        }
        if (!batch.isEmpty()) {
            send(s, List.copyOf(batch), true);
        }
    }

    private void send(Subscription s, List<Delivery> deliveries, boolean digest) {
        deliveries.forEach(d -> ledger.startSending(d.deliveryId()));
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

    /** Records the outcomes the sending threads handed back: ledger, dead letters, disabled subscriptions, meters. */
    void drainOutcomes() {
        Outcome outcome;
        Instant now = clock.instant();
        while ((outcome = outcomes.poll()) != null) {
            if (outcome.result instanceof DeliveryResult.Retryable r && r.ambiguous()) {
                metrics.deliveryAmbiguous();
            }
            for (Delivery d : outcome.deliveries) {
                ledger.stopSending(d.deliveryId());
                Delivery next = DeliveryRules.afterAttempt(d, outcome.result, schedule, now);
                // A digest that failed stays a digest: for the meters it is a failed attempt like any other.
                metrics.deliveryAttempted(Delivery.DIGEST.equals(next.state()) ? Delivery.FAILED : next.state(),
                        d.alert().raisedAt() == null ? null : Duration.between(d.alert().raisedAt(), now));
                writer.write(topics.deliveries.name(), next.deliveryId(), next);
                ledger.settle(next);
                report(outcome.subscription, next);
                if (Delivery.DEAD.equals(next.state())) {
                    writer.write(topics.alertsDlq.name(), next.deliveryId(), next);
                }
            }
            if (outcome.result instanceof DeliveryResult.Permanent p && p.disableSubscription()) {
                Subscription disabled = outcome.subscription.disable(p.reason());
                subscriptions.put(disabled.id(), disabled);
                writer.write(topics.subscriptions.name(), disabled.id(), disabled);
                LOG.error("SUBSCRIPTION {} DISABLED: {}. No more alerts will be sent to it until it is added again "
                        + "(newswatch subscriptions add).", disabled.id(), p.reason());
            }
        }
    }

    private static void report(Subscription s, Delivery d) {
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

    /** Stops the sending threads at once; attempts still running are not recorded (the ledger resends them). */
    @Override
    public void close() {
        senders.values().forEach(ExecutorService::shutdownNow);
    }

    private record Outcome(Subscription subscription, List<Delivery> deliveries, DeliveryResult result) {
    }
}

package dev.newswatch.alerts;

import dev.newswatch.alerts.feed.AlertFeedStore;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an {@link AlertFeedStore} up to date from the subscriptions table and the delivery ledger: reads both from
 * their beginning (subscriptions first, so the ledger's feed deliveries are recognised), then follows them, on a
 * thread of its own, outside any consumer group. Start with {@link #start()}, stop with {@link #close()}.
 */
public final class AlertFeedFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertFeedFollower.class);
    private static final java.time.Duration RESTART_DELAY = java.time.Duration.ofSeconds(5);

    private final Topics topics;
    private final KafkaClients clients;
    private final AlertFeedStore store;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private volatile boolean running;
    private volatile boolean caughtUp;
    private volatile KafkaConsumer<?, ?> waking;
    private Thread thread;

    public AlertFeedFollower(Topics topics, KafkaClients clients, AlertFeedStore store) {
        this.topics = Objects.requireNonNull(topics, "topics");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** The store this follower fills. */
    public AlertFeedStore store() {
        return store;
    }

    /** True once both tables were read to the end they had at start. */
    public boolean caughtUp() {
        return caughtUp;
    }

    public synchronized AlertFeedFollower start() {
        if (!running) {
            running = true;
            thread = new Thread(this::run, "alerts-feed-follower");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    private void run() {
        try {
            while (running) {
                try {
                    follow();
                } catch (WakeupException e) {
                    LOG.debug("Alerts feed follower woken up to stop.");
                } catch (RuntimeException e) {
                    // Reading both tables again from the start rebuilds the same store: applying a record twice is harmless.
                    LOG.warn("The alerts feed follower failed ({}); it reads the tables again in {} s.", e.toString(),
                            RESTART_DELAY.toSeconds());
                    pause();
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    private void follow() {
        TableFollower<Subscription> subscriptions = null;
        TableFollower<Delivery> ledger = null;
        try {
            KafkaConsumer<String, Subscription> subscriptionConsumer = consumer(topics.subscriptions, "alerts-feed-subscriptions");
            subscriptions = new TableFollower<>(subscriptionConsumer, topics.subscriptions.name(), store::applySubscription);
            KafkaConsumer<String, Delivery> ledgerConsumer = consumer(topics.deliveries, "alerts-feed-ledger");
            waking = ledgerConsumer;
            ledger = new TableFollower<>(ledgerConsumer, topics.deliveries.name(), store::applyDelivery);
            subscriptions.catchUp();
            ledger.catchUp();
            if (!caughtUp) {
                LOG.info("Alerts feeds are served from the delivery ledger (/feeds/alerts.atom, /feeds/alerts.json).");
            }
            caughtUp = true;
            while (running) {
                subscriptions.poll();
                ledger.pollWaiting();
            }
        } finally {
            waking = null;
            if (subscriptions != null) {
                subscriptions.close();
            }
            if (ledger != null) {
                ledger.close();
            }
        }
    }

    private void pause() {
        try {
            stopRequested.await(RESTART_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private <V> KafkaConsumer<String, V> consumer(Topic<String, V> topic, String clientId) {
        return new KafkaConsumer<>(clients.consumer(clientId + "-" + ProcessHandle.current().pid(), null),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    @Override
    public void close() {
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
        }
        stopRequested.countDown();
        KafkaConsumer<?, ?> consumer = waking;
        if (consumer != null) {
            consumer.wakeup();
        }
        try {
            stopped.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

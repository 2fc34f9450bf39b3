package dev.newswatch.app.ops.dashboard;

import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's reader: one assign-only, read_committed consumer (no group, nothing committed) over the
 * feed-status and deliveries tables from their beginning and the deals and alerts topics from their last
 * {@value DashboardState#RECENT} records, feeding {@link DashboardState} and publishing each change on the
 * {@link EventStream}. While the broker is away the Kafka client keeps reconnecting and the reader simply sees
 * nothing; it resumes where it was when the broker is back. A record that cannot be read is skipped with a
 * warning. Runs on its own daemon thread from {@link #start()} to {@link #close()}.
 */
final class LiveTail implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveTail.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_WAIT = Duration.ofSeconds(5);

    private final Topics topics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final DashboardState state;
    private final EventStream events;
    private final Thread thread;
    private volatile boolean running = true;
    /** What a pause waits on, so that {@link #close()} ends it without interrupting the thread. */
    private final Object pauses = new Object();

    LiveTail(Topics topics, KafkaClients clients, DashboardState state, EventStream events) {
        this.topics = topics;
        this.state = state;
        this.events = events;
        this.consumer = new KafkaConsumer<>(clients.consumer("newswatch-dashboard", null),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "dashboard-tail");
        this.thread.setDaemon(true);
    }

    LiveTail start() {
        thread.start();
        return this;
    }

    private void run() {
        try {
            if (!assign()) {
                return;
            }
            while (running) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(POLL)) {
                    try {
                        apply(r);
                    } catch (RuntimeException e) {
                        LOG.warn("Dashboard skips unreadable record {}-{}@{}: {}", r.topic(), r.partition(), r.offset(),
                                e.getMessage());
                    }
                }
            }
        } catch (WakeupException | org.apache.kafka.common.errors.InterruptException e) {
            // close() was called.
        } catch (RuntimeException e) {
            LOG.error("The dashboard's reader stopped; alerts, deals, feeds and deliveries on the page no longer "
                    + "update until the process restarts.", e);
        } finally {
            Thread.interrupted(); // an interrupt from elsewhere must not keep the consumer from closing cleanly
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Assigns every partition of the four topics, waiting for the broker as long as it takes; false when closed. */
    private boolean assign() {
        List<Topic<?, ?>> wanted = List.of(topics.feedStatus, topics.deliveries, topics.deals, topics.alerts);
        List<TopicPartition> whole = new ArrayList<>();
        List<TopicPartition> recent = new ArrayList<>();
        for (Topic<?, ?> t : wanted) {
            List<PartitionInfo> partitions = null;
            for (int attempt = 0; running && (partitions == null || partitions.isEmpty()); attempt++) {
                if (attempt > 0) {
                    if (attempt == 1) {
                        LOG.info("Dashboard waits for topic {} (broker unreachable or topic not created yet).", t.name());
                    }
                    pause(METADATA_WAIT);
                }
                try {
                    partitions = consumer.partitionsFor(t.name(), METADATA_WAIT);
                } catch (org.apache.kafka.common.errors.TimeoutException e) {
                    partitions = null;
                }
            }
            if (!running) {
                return false;
            }
            for (PartitionInfo p : partitions) {
                TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                (t == topics.deals || t == topics.alerts ? recent : whole).add(tp);
            }
        }
        List<TopicPartition> all = new ArrayList<>(whole);
        all.addAll(recent);
        consumer.assign(all);
        consumer.seekToBeginning(whole);
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(recent);
        Map<TopicPartition, Long> end = consumer.endOffsets(recent);
        for (TopicPartition tp : recent) {
            consumer.seek(tp, Math.max(begin.get(tp), end.get(tp) - DashboardState.RECENT));
        }
        return true;
    }

    private void pause(Duration d) {
        synchronized (pauses) {
            try {
                if (running) {
                    pauses.wait(d.toMillis());
                }
            } catch (InterruptedException e) {
                running = false;
                Thread.currentThread().interrupt();
            }
        }
    }

    private void apply(ConsumerRecord<byte[], byte[]> r) {
        String key = r.key() == null ? null : new String(r.key(), java.nio.charset.StandardCharsets.UTF_8);
        String topic = r.topic();
        if (topic.equals(topics.alerts.name())) {
            Alert alert = read(topics.alerts, r);
            // The dashboard shows deals; article alerts are for the subscribers who watch a topic.
            if (alert != null && !alert.aboutArticle()) {
                state.alert(alert);
                events.publish("alert", DashboardState.alertJson(alert));
            }
        } else if (topic.equals(topics.deals.name())) {
            TrackedDeal deal = read(topics.deals, r);
            state.deal(key, deal);
            if (deal != null) {
                events.publish("deal", DashboardState.dealJson(deal));
            }
        } else if (topic.equals(topics.feedStatus.name())) {
            FeedStatus status = read(topics.feedStatus, r);
            state.feed(key, status);
            if (status != null) {
                events.publish("feed", DashboardState.feedJson(status));
            }
        } else if (topic.equals(topics.deliveries.name())) {
            Delivery delivery = read(topics.deliveries, r);
            state.delivery(key, delivery);
            events.publish("deliveries", state.deliveriesJson());
        }
    }

    private static <V> V read(Topic<String, V> topic, ConsumerRecord<byte[], byte[]> r) {
        return r.value() == null ? null : topic.valueSerde().deserializer().deserialize(r.topic(), r.value());
    }

    /** Closes the consumer of a reader that was never {@link #start() started}. */
    void closeUnstarted() {
        running = false;
        consumer.close(Duration.ZERO);
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        // no interrupt: one arriving while the consumer closes makes Kafka log its fetcher's close as an error
        synchronized (pauses) {
            pauses.notifyAll();
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

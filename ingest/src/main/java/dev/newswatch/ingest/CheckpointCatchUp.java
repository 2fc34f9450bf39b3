package dev.newswatch.ingest;

import dev.newswatch.core.kafka.WholeTopic;
import dev.newswatch.core.model.FeedCheckpoint;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feeds' checkpoints (validators, seen ids, next poll), read with read_committed from the whole
 * checkpoints topic. After a new assignment no feed is polled before the checkpoints are read up to the end
 * the topic had then: another instance may have just committed those feeds' checkpoints.
 *
 * <p>A checkpoint this instance committed is used at once, and an older one read back afterwards does not replace
 * it: {@code commitTransaction} returns before the transaction markers reach the partitions, and after a broker
 * failure a read_committed reader can lag several commits behind, so the previous checkpoint of a feed may become
 * readable only after the next one was committed. Taking it would make the feed's latest articles look new and
 * produce them a second time (found by the fault test killing a broker of three). Older means an earlier
 * {@code lastFetch}; this holds across instances as long as their clocks differ by less than a poll interval.
 *
 * <p>The catch-up reads as fast as the broker answers: {@link #caughtUp()} polls the checkpoints itself, for up to
 * {@link #CATCH_UP_WAIT} per call, instead of taking one batch per loop of the coordinator (whose feeds poll may
 * block for its own timeout each loop: a restart over 1,000 checkpoints once spent 2 s there before its first fetch).
 *
 * <p>Coordinator thread only. Owns nothing: the caller closes the consumer.
 */
final class CheckpointCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointCatchUp.class);
    /** How long one call may wait for Kafka: the coordinator thread must go on polling the feeds consumer. */
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);
    /** How long one {@link #caughtUp()} may read towards the end before it lets the coordinator loop go on. */
    static final Duration CATCH_UP_WAIT = Duration.ofMillis(100);

    private final Consumer<String, FeedCheckpoint> consumer;
    private final Map<String, FeedCheckpoint> checkpoints = new ConcurrentHashMap<>();
    private Map<TopicPartition, Long> catchUpTo = Map.of();
    /** The checkpoints this instance committed, each until it is read back. */
    private final Map<String, FeedCheckpoint> ownCommits = new HashMap<>();

    /** Assigns every partition of {@code topic} to {@code consumer} and reads it from the beginning. */
    CheckpointCatchUp(Consumer<String, FeedCheckpoint> consumer, String topic) {
        this.consumer = consumer;
        WholeTopic.assignFromBeginning(consumer, topic);
    }

    /** Reads what is there now, without waiting. */
    void poll() {
        take(consumer.poll(Duration.ZERO));
    }

    private void take(ConsumerRecords<String, FeedCheckpoint> records) {
        for (ConsumerRecord<String, FeedCheckpoint> record : records) {
            FeedCheckpoint own = ownCommits.get(record.key());
            if (own != null && record.value() != null) {
                if (record.value().equals(own)) {
                    ownCommits.remove(record.key());
                } else if (fetchedBefore(record.value(), own)) {
                    LOG.debug("Feed {}: ignoring checkpoint {}-{}@{}, older than the one this instance committed.",
                            record.key(), record.topic(), record.partition(), record.offset());
                    continue;
                }
            }
            if (record.value() == null) {
                checkpoints.remove(record.key());
            } else {
                checkpoints.put(record.key(), record.value());
            }
        }
    }

    /**
     * Feeds were just assigned: hold polling until the checkpoints are read up to the topic's end. The end is asked
     * for by {@link #caughtUp()}, not here: this runs in the rebalance listener, where a timeout (brokers unreachable)
     * would escape from the feeds consumer's poll and stop the ingest thread.
     */
    void startCatchUp() {
        catchUpTo = null;
    }

    /** True while feeds wait for the checkpoints to be read up to the end: the coordinator need not wait elsewhere. */
    boolean catchingUp() {
        return catchUpTo == null || !catchUpTo.isEmpty();
    }

    /**
     * True once the checkpoints are read up to the end found after the last {@link #startCatchUp()}; until then each
     * call reads towards that end for up to {@link #CATCH_UP_WAIT}. False while the end is not reached, or that end or
     * this reader's position cannot be had from Kafka (it is asked again at the next call).
     */
    boolean caughtUp() {
        try {
            if (catchUpTo == null) {
                catchUpTo = consumer.endOffsets(consumer.assignment(), KAFKA_TIMEOUT);
            }
            long deadline = System.nanoTime() + CATCH_UP_WAIT.toNanos();
            while (!reachedEnd()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                take(consumer.poll(Duration.ofNanos(left)));
            }
        } catch (TimeoutException e) {
            LOG.info("The checkpoints' end or position is not available from Kafka yet ({}); feeds wait until it is.",
                    e.getMessage());
            return false;
        }
        catchUpTo = Map.of();
        return true;
    }

    private boolean reachedEnd() {
        for (Map.Entry<TopicPartition, Long> target : catchUpTo.entrySet()) {
            if (consumer.position(target.getKey(), KAFKA_TIMEOUT) < target.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The feed's checkpoint, or an empty one for a feed never polled. */
    FeedCheckpoint of(String feedId) {
        FeedCheckpoint checkpoint = checkpoints.get(feedId);
        return checkpoint != null ? checkpoint : FeedCheckpoint.empty(feedId);
    }

    /** Records a checkpoint this instance just committed, before it is read back. */
    void committed(String feedId, FeedCheckpoint checkpoint) {
        checkpoints.put(feedId, checkpoint);
        ownCommits.put(feedId, checkpoint);
    }

    private static boolean fetchedBefore(FeedCheckpoint read, FeedCheckpoint own) {
        if (own.lastFetch() == null) {
            return false;
        }
        return read.lastFetch() == null || read.lastFetch().isBefore(own.lastFetch());
    }
}

package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.topic.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CheckpointCatchUp} when the read_committed reader lags behind this instance's own commits. Kafka's
 * {@link MockConsumer} stands in for the broker: a real one cannot be made to release a transaction's records
 * only after the next transaction committed, which a broker failure does at random.
 */
class CheckpointCatchUpTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final TopicPartition PARTITION = new TopicPartition(TOPICS.feedCheckpoints.name(), 0);
    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    private MockConsumer<String, FeedCheckpoint> consumer;
    private CheckpointCatchUp checkpoints;
    private long offset;

    @BeforeEach
    void setUp() {
        setUp(new MockConsumer<>("earliest"));
    }

    private void setUp(MockConsumer<String, FeedCheckpoint> mock) {
        consumer = mock;
        offset = 0;
        consumer.updatePartitions(PARTITION.topic(), List.of(new PartitionInfo(PARTITION.topic(), 0, Node.noNode(),
                new Node[0], new Node[0])));
        consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
        checkpoints = new CheckpointCatchUp(consumer, PARTITION.topic());
    }

    /**
     * Regression: after a broker was killed, the checkpoint of poll n became readable only after poll n+1 was
     * committed; taking it made poll n+1's article look new, and the next poll produced it a second time.
     */
    /**
     * Regression (issue 11): the end offsets were asked for in the rebalance listener, where a timeout (brokers
     * unreachable) escaped from the feeds consumer's poll and stopped the ingest thread. Now the catch-up waits.
     */
    @Test
    void shouldHoldTheFeedsWhileTheCheckpointsEndCannotBeHadAndCatchUpOnceItCan() {
        // Given a consumer whose first end-offsets request times out, and one checkpoint in the topic
        int[] calls = {0};
        consumer = new MockConsumer<>("earliest") {
            @Override
            public synchronized Map<TopicPartition, Long> endOffsets(java.util.Collection<TopicPartition> partitions,
                    java.time.Duration timeout) {
                if (++calls[0] == 1) {
                    throw new org.apache.kafka.common.errors.TimeoutException("Failed to get offsets by times in 5000ms");
                }
                return super.endOffsets(partitions, timeout);
            }
        };
        setUp(consumer);
        arrive(checkpoint("f", T0, "a"));
        consumer.updateEndOffsets(Map.of(PARTITION, offset));

        // When feeds are assigned
        checkpoints.startCatchUp();

        // Then they wait while the end cannot be had, and the next call reads the checkpoint up to the end
        assertEquals(false, checkpoints.caughtUp(), "end offsets timed out");
        assertEquals(true, checkpoints.catchingUp());
        assertEquals(true, checkpoints.caughtUp(), "the checkpoint is read by the catch-up itself");
        assertEquals(false, checkpoints.catchingUp());
        assertEquals(checkpoint("f", T0, "a"), checkpoints.of("f"));
    }

    /**
     * Regression: a restart over 1,000 checkpoints spent 2 s before its first fetch, taking one batch of checkpoints
     * per coordinator loop (each loop also waited 100 ms on the feeds consumer). The catch-up now reads batch after
     * batch itself.
     */
    @Test
    void shouldReadCheckpointsBatchAfterBatchUpToTheEndInOneCall() {
        // Given 50 checkpoints that the consumer hands out three at a time
        consumer.setMaxPollRecords(3);
        for (int i = 0; i < 50; i++) {
            arrive(checkpoint("feed-" + i, T0, "a" + i));
        }
        consumer.updateEndOffsets(Map.of(PARTITION, offset));

        // When feeds are assigned and the coordinator asks once
        checkpoints.startCatchUp();
        boolean caughtUp = checkpoints.caughtUp();

        // Then every checkpoint is read in that one call
        assertEquals(true, caughtUp);
        assertEquals(checkpoint("feed-0", T0, "a0"), checkpoints.of("feed-0"));
        assertEquals(checkpoint("feed-49", T0, "a49"), checkpoints.of("feed-49"));
    }

    @Test
    void shouldHoldTheFeedsWhileACheckpointBeforeTheEndHasNotArrivedYet() {
        // Given an end offset past the one checkpoint the consumer has received so far
        arrive(checkpoint("f", T0, "a"));
        consumer.updateEndOffsets(Map.of(PARTITION, offset + 1));

        // When feeds are assigned
        checkpoints.startCatchUp();

        // Then they wait (the coordinator loop goes on), and are released once the last checkpoint arrived
        assertEquals(false, checkpoints.caughtUp(), "one checkpoint is still missing");
        assertEquals(true, checkpoints.catchingUp());
        arrive(checkpoint("g", T0, "b"));
        assertEquals(true, checkpoints.caughtUp());
        assertEquals(checkpoint("g", T0, "b"), checkpoints.of("g"));
    }

    @Test
    void shouldNotBeCatchingUpBeforeAnyAssignment() {
        assertEquals(false, checkpoints.catchingUp());
        assertEquals(true, checkpoints.caughtUp());
    }

    @Test
    void shouldKeepItsOwnNewerCheckpointWhenAnOlderOneIsReadBackLate() {
        // Given this instance committed poll 1 (article a) and then poll 2 (article b) of feed f
        FeedCheckpoint poll1 = checkpoint("f", T0, "a");
        FeedCheckpoint poll2 = checkpoint("f", T0.plusSeconds(1), "b", "a");
        checkpoints.committed("f", poll1);
        checkpoints.committed("f", poll2);

        // When poll 1's record is read back only now
        arrive(poll1);
        checkpoints.poll();

        // Then the feed still resumes from poll 2, which knows article b
        assertEquals(poll2, checkpoints.of("f"));

        // And once poll 2's own record is read back, a newer one from elsewhere is taken again
        arrive(poll2);
        checkpoints.poll();
        FeedCheckpoint later = checkpoint("f", T0.plusSeconds(2), "c", "b", "a");
        arrive(later);
        checkpoints.poll();
        assertEquals(later, checkpoints.of("f"));
    }

    @Test
    void shouldTakeEveryCheckpointOfAFeedThisInstanceNeverCommitted() {
        // Given checkpoints of feed g written by another instance, read in order
        FeedCheckpoint first = checkpoint("g", T0, "x");
        FeedCheckpoint second = checkpoint("g", T0.plusSeconds(5), "y", "x");

        // When both are read
        arrive(first);
        arrive(second);
        checkpoints.poll();

        // Then the latest is used
        assertEquals(second, checkpoints.of("g"));
    }

    private void arrive(FeedCheckpoint checkpoint) {
        consumer.addRecord(new ConsumerRecord<>(PARTITION.topic(), 0, offset++, checkpoint.feedId(), checkpoint));
    }

    private static FeedCheckpoint checkpoint(String feedId, Instant fetched, String... seen) {
        return new FeedCheckpoint(feedId, null, null, List.of(seen), fetched, fetched.plusSeconds(1), 0);
    }
}

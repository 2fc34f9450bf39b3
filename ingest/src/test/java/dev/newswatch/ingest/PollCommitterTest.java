package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topics;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PollCommitterTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final TopicPartition FEEDS_PARTITION = new TopicPartition(TOPICS.feeds.name(), 0);
    private static final PollCommitter.Poll POLL = new PollCommitter.Poll(new FeedUpdate(List.of(),
            FeedCheckpoint.empty("techwire"), new FeedStatus("techwire", "TechWire", "https://example.com/rss", NOW,
            FeedStatus.NOT_MODIFIED, 304, 0, 0, 0, 12, null, NOW.plusSeconds(900), 0)), 0);

    /** The producers the committer opens, in order. */
    private final Deque<MockProducer<String, Object>> producers = new ArrayDeque<>();
    private final MockConsumer<String, Object> feeds = new MockConsumer<>("earliest");
    private PollCommitter committer;

    @BeforeEach
    void setUp() {
        feeds.assign(List.of(FEEDS_PARTITION));
        feeds.updateBeginningOffsets(Map.of(FEEDS_PARTITION, 0L));
        committer = new PollCommitter(TOPICS, "test", producers::removeFirst, PipelineMetrics.NONE);
    }

    @Test
    void shouldCommitTheCheckpointAndStatusOfAPollInOneTransaction() {
        MockProducer<String, Object> producer = producer();
        committer.open();

        assertTrue(committer.commit(List.of(POLL), feeds));

        assertTrue(producer.transactionCommitted());
        assertEquals(List.of(TOPICS.feedCheckpoints.name(), TOPICS.feedStatus.name()), topics(producer.history()));
    }

    /**
     * Regression (issue 11): after a long broker outage the commit failed, the abort failed too, and the reopened
     * producer's initTransactions timed out outside any handler, which stopped the ingest thread for good.
     */
    @Test
    void shouldStayAliveAndReopenLaterWhenTheProducerCannotBeReopenedAfterAFailedAbort() {
        // Given: the broker went away mid-transaction, and is still away when the producer is reopened
        MockProducer<String, Object> first = producer();
        first.commitTransactionException = new TimeoutException("commit timed out");
        first.abortTransactionException = new KafkaException("abort failed: broker unreachable");
        MockProducer<String, Object> stillDown = producer();
        stillDown.initTransactionException = new TimeoutException("initTransactions timed out");
        MockProducer<String, Object> back = producer();
        committer.open();

        // When
        boolean duringOutage = committer.commit(List.of(POLL), feeds);
        boolean afterOutage = committer.commit(List.of(POLL), feeds);

        // Then: the failed commit is reported, not thrown; the next commit reopens the producer and succeeds
        assertFalse(duringOutage, "a commit during the outage must report failure");
        assertTrue(first.closed(), "the producer whose abort failed must be closed");
        assertTrue(afterOutage, "the commit after the outage must reopen the producer and commit");
        assertTrue(back.transactionCommitted());
        assertEquals(List.of(TOPICS.feedCheckpoints.name(), TOPICS.feedStatus.name()), topics(back.history()));
    }

    private MockProducer<String, Object> producer() {
        MockProducer<String, Object> producer = new MockProducer<>(true, null, (topic, key) -> new byte[0],
                (topic, value) -> new byte[0]);
        producers.addLast(producer);
        return producer;
    }

    private static List<String> topics(List<ProducerRecord<String, Object>> records) {
        return records.stream().map(ProducerRecord::topic).toList();
    }
}

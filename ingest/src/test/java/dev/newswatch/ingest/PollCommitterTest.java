package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
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
    private final AtomicBoolean running = new AtomicBoolean(true);
    private PollCommitter committer;

    @BeforeEach
    void setUp() {
        feeds.assign(List.of(FEEDS_PARTITION));
        feeds.updateBeginningOffsets(Map.of(FEEDS_PARTITION, 0L));
        committer = new PollCommitter(TOPICS, "test", producers::removeFirst, PipelineMetrics.NONE, running::get);
    }

    @Test
    void shouldCommitTheCheckpointAndStatusOfAPollInOneTransaction() {
        MockProducer<String, Object> producer = producer();
        committer.open();

        assertTrue(committer.commit(List.of(POLL), feeds));

        assertTrue(producer.transactionCommitted());
        assertEquals(List.of(TOPICS.feedCheckpoints.name(), TOPICS.feedStatus.name()), topics(producer.history()));
    }

    @Test
    void shouldCommitWithAProducerOpenedInTheBackground() {
        MockProducer<String, Object> producer = producer();
        committer.openInBackground();

        assertTrue(committer.commit(List.of(POLL), feeds));

        assertTrue(producer.transactionInitialized());
        assertTrue(producer.transactionCommitted());
        assertEquals(List.of(TOPICS.feedCheckpoints.name(), TOPICS.feedStatus.name()), topics(producer.history()));
    }

    @Test
    void shouldOpenTheProducerAgainAtTheFirstCommitWhenTheBackgroundOpenTimedOut() {
        // Given: Kafka does not answer the first initTransactions, and does the second
        MockProducer<String, Object> timedOut = producer();
        timedOut.initTransactionException = new TimeoutException("initTransactions timed out");
        MockProducer<String, Object> back = producer();
        committer.openInBackground();

        // When
        boolean committed = committer.commit(List.of(POLL), feeds);

        // Then: the timeout is not the coordinator's death; the commit opened a new producer and committed
        assertTrue(committed);
        assertTrue(timedOut.closed(), "the producer that timed out must be closed");
        assertTrue(back.transactionCommitted());
    }

    @Test
    void shouldThrowAtTheFirstCommitWhenKafkaRefusedTheBackgroundOpen() {
        MockProducer<String, Object> refused = producer();
        refused.initTransactionException = new TransactionalIdAuthorizationException("not allowed: ingest-test");
        committer.openInBackground();

        TransactionalIdAuthorizationException thrown = assertThrows(TransactionalIdAuthorizationException.class,
                () -> committer.commit(List.of(POLL), feeds));

        assertEquals("not allowed: ingest-test", thrown.getMessage());
        assertFalse(refused.transactionInFlight());
    }

    /**
     * Regression (issue 11): after a long broker outage the commit failed, the abort failed too, and the reopened
     * producer's initTransactions timed out outside any handler, which stopped the ingest thread for good.
     */
    @Test
    void shouldStayAliveAndReopenLaterWhenTheProducerCannotBeReopenedAfterAFailedAbort() {
        // Given: the broker went away mid-transaction, and is still away when the producer is reopened
        MockProducer<String, Object> first = producer();
        first.commitTransactionException = new KafkaException("commit failed: a send of the transaction expired");
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

    /**
     * Regression (issue 11, found by the fault test that black-holes every broker): the commit timed out, and the
     * real client refuses an abort after that with an IllegalStateException, which stopped the ingest thread. A
     * timed-out commit may still complete, so it is retried until it does.
     */
    @Test
    void shouldRetryATimedOutCommitUntilItCompletesInsteadOfAborting() {
        // Given a producer whose commit times out twice (the network black-holed), then completes
        AtomicInteger commits = new AtomicInteger();
        MockProducer<String, Object> producer = new MockProducer<>(true, null, (topic, key) -> new byte[0],
                (topic, value) -> new byte[0]) {
            @Override
            public void commitTransaction() {
                if (commits.incrementAndGet() <= 2) {
                    throw new TimeoutException("Timeout expired after 10000ms while awaiting EndTxn(true)");
                }
                super.commitTransaction();
            }

            @Override
            public void abortTransaction() {
                throw new IllegalStateException("Cannot attempt operation `abortTransaction` because the previous "
                        + "call to `commitTransaction` timed out and must be retried");
            }
        };
        producers.addLast(producer);
        committer.open();

        // When
        boolean committed = committer.commit(List.of(POLL), feeds);

        // Then
        assertTrue(committed, "the retried commit completed");
        assertEquals(3, commits.get());
        assertTrue(producer.transactionCommitted());
        assertFalse(producer.closed(), "the producer is kept");
    }

    @Test
    void shouldGiveUpATimedOutCommitWhenTheServiceStops() {
        // Given a commit that times out, and the service stopping
        MockProducer<String, Object> producer = producer();
        producer.commitTransactionException = new TimeoutException("Timeout expired while awaiting EndTxn(true)");
        producer.abortTransactionException = new IllegalStateException("the previous commit must be retried");
        committer.open();
        running.set(false);

        // When
        boolean committed = committer.commit(List.of(POLL), feeds);

        // Then it reports no commit, without an abort the client would refuse
        assertFalse(committed);
        assertFalse(producer.transactionAborted());
    }

    @Test
    void shouldReopenTheProducerWhenTheClientRefusesTheAbort() {
        // Given offsets that time out, and an abort the client refuses
        MockProducer<String, Object> first = producer();
        first.sendOffsetsToTransactionException = new TimeoutException("Timeout expired while awaiting TxnOffsetCommit");
        first.abortTransactionException = new IllegalStateException("the previous call timed out and must be retried");
        MockProducer<String, Object> second = producer();
        committer.open();

        // When
        boolean failed = committer.commit(List.of(POLL), feeds);
        boolean next = committer.commit(List.of(POLL), feeds);

        // Then
        assertFalse(failed);
        assertTrue(first.closed(), "the producer that cannot abort is replaced");
        assertTrue(next);
        assertTrue(second.transactionCommitted());
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

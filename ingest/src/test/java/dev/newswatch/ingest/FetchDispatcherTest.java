package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetcherSettings;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import dev.newswatch.ingest.parse.FeedParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetchDispatcherTest {

    private static final Topics TOPICS = Topics.defaults();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);
    private static final TopicPartition FEEDS_PARTITION = new TopicPartition(TOPICS.feeds.name(), 0);
    // An unparsable URL: the read fails at once, without any network.
    private static final FeedSpec FEED = new FeedSpec("techwire", "http://bad host/rss", "TechWire", "en", null);

    private final FeedOwnership ownership = new FeedOwnership("test");
    private CheckpointCatchUp checkpoints;
    private FetchDispatcher dispatcher;

    @BeforeEach
    void setUp() {
        MockConsumer<String, FeedCheckpoint> checkpointConsumer = new MockConsumer<>("earliest");
        checkpointConsumer.updatePartitions(TOPICS.feedCheckpoints.name(), List.of(new PartitionInfo(
                TOPICS.feedCheckpoints.name(), 0, Node.noNode(), new Node[0], new Node[0])));
        checkpoints = new CheckpointCatchUp(checkpointConsumer, TOPICS.feedCheckpoints.name());
        FeedReader reader = new FeedReader(FeedFetcher.create(FetcherSettings.defaults(),
                new NetworkPolicy(List.of(), List.of()), CLOCK), new FeedParser(), new ArticleNormalizer(), CLOCK);
        // Two requests per host at once: the host limit alone would not stop a second fetch of the same feed.
        dispatcher = new FetchDispatcher(reader, new HostLimiter(2, Duration.ZERO), CLOCK, FeedArchive.NONE, 2, "test", null);
    }

    @AfterEach
    void tearDown() {
        dispatcher.close();
    }

    /**
     * Regression: a rebalance that revoked and gave back a feed's partition while its fetch ran made a second
     * fetch from the same checkpoint; both were committed, and the feed's new articles were written twice.
     */
    @Test
    void shouldNotFetchAFeedAgainWhileItsFetchFromBeforeARebalanceIsNotTakenBack() throws InterruptedException {
        // Given a feed whose fetch was dispatched
        ownership.apply(feedRecords());
        dispatcher.dispatchDue(ownership, checkpoints);

        // When its partition is revoked and assigned again before the result is taken back
        ownership.drop(List.of(FEEDS_PARTITION));
        ownership.apply(feedRecords());
        dispatcher.dispatchDue(ownership, checkpoints);

        // Then the feed is fetched once, and again only after that result was taken back
        assertEquals(1, dispatcher.fetchesInFlight(), "fetches in flight for one feed");
        dispatcher.awaitCompletion(Duration.ofSeconds(10));
        assertEquals(1, dispatcher.takeCompleted(10, ownership).size(), "results taken back");
        dispatcher.dispatchDue(ownership, checkpoints);
        assertEquals(1, dispatcher.fetchesInFlight(), "fetches in flight after the result was taken back");
    }

    private static ConsumerRecords<String, FeedSpec> feedRecords() {
        ConsumerRecord<String, FeedSpec> record = new ConsumerRecord<>(FEEDS_PARTITION.topic(), 0, 0L, FEED.id(), FEED);
        return new ConsumerRecords<>(Map.of(FEEDS_PARTITION, List.of(record)), Map.of());
    }
}

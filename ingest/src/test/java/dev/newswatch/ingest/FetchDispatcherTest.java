package dev.newswatch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.sun.net.httpserver.HttpServer;

import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetcherSettings;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import dev.newswatch.ingest.parse.FeedParser;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
        dispatcher = new FetchDispatcher(reader, new HostLimiter(2, Duration.ZERO), CLOCK, FeedArchive.NONE, 2, 2, "test", null);
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

    /**
     * A request waits on a request thread, not on a parse thread: with one parse thread and six request threads,
     * six feeds of a slow site are all asked at once (the site answers none before it holds all six requests).
     */
    @Test
    void shouldKeepMoreRequestsInFlightThanParseThreads() throws Exception {
        int feeds = 6;
        CountDownLatch allArrived = new CountDownLatch(feeds);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            allArrived.countDown();
            try {
                allArrived.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = ("<rss version=\"2.0\"><channel><title>t</title><item><title>One</title><link>http://x.test"
                    + exchange.getRequestURI().getPath() + "/1</link></item></channel></rss>").getBytes(StandardCharsets.UTF_8);
            inFlight.decrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        FeedReader reader = new FeedReader(FeedFetcher.create(FetcherSettings.defaults(),
                new NetworkPolicy(List.of("127.0.0.0/8"), List.of()), CLOCK), new FeedParser(), new ArticleNormalizer(),
                CLOCK);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed-";
        try (FetchDispatcher slowSite = new FetchDispatcher(reader, new HostLimiter(feeds, Duration.ZERO), CLOCK,
                FeedArchive.NONE, 1, feeds, "test", null)) {
            // Given six feeds of one site and one parse thread
            List<ConsumerRecord<String, FeedSpec>> records = new ArrayList<>();
            for (int i = 0; i < feeds; i++) {
                FeedSpec spec = new FeedSpec("slow-" + i, base + i, "Slow " + i, "en", null);
                records.add(new ConsumerRecord<>(FEEDS_PARTITION.topic(), 0, i, spec.id(), spec));
            }
            ownership.apply(new ConsumerRecords<>(Map.of(FEEDS_PARTITION, records), Map.of()));

            // When they are dispatched
            slowSite.dispatchDue(ownership, checkpoints);
            List<FetchDispatcher.Completed> done = new ArrayList<>();
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (done.size() < feeds && System.nanoTime() < giveUp) {
                slowSite.awaitCompletion(Duration.ofSeconds(1));
                done.addAll(slowSite.takeCompleted(feeds, ownership));
            }

            // Then the site held all six requests at once, and every feed was read and parsed
            assertEquals(feeds, mostInFlight.get(), "requests the site held at once");
            assertEquals(feeds, done.size(), "feeds read");
            for (FetchDispatcher.Completed completed : done) {
                ReadResult.Read read = assertInstanceOf(ReadResult.Read.class, completed.result(), completed.spec().id());
                assertEquals(1, read.articles().size(), "articles of " + completed.spec().id());
            }
        } finally {
            server.stop(0);
        }
    }

    private static ConsumerRecords<String, FeedSpec> feedRecords() {
        ConsumerRecord<String, FeedSpec> record = new ConsumerRecord<>(FEEDS_PARTITION.topic(), 0, 0L, FEED.id(), FEED);
        return new ConsumerRecords<>(Map.of(FEEDS_PARTITION, List.of(record)), Map.of());
    }
}

package dev.newswatch.ingest.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FullTextMode;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetcherSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FullTextFetcherTest {

    private static final String PAGE = "<html><body><article><p>Northwind Robotics said on Tuesday that it had closed a"
            + " funding round of $120 million, led by Harbor Capital, to build two factories.</p><p>The company,"
            + " founded in 2019, makes robots that pick parcels in warehouses, and its revenue tripled.</p>"
            + "</article></body></html>";
    private static final FeedSpec FEED = new FeedSpec("wire", "https://wire.example/rss", "Wire", null, null);

    private HttpServer server;
    private final java.util.concurrent.ExecutorService serverThreads = java.util.concurrent.Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch slowReleased = new CountDownLatch(1);
    private final List<String> archived = new CopyOnWriteArrayList<>();
    private FullTextFetcher fetcher;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            if (path.equals("/robots.txt")) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (path.startsWith("/slow")) {
                try {
                    slowReleased.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
        server.start();
        fetcher = fetcher(Duration.ofSeconds(20));
    }

    @AfterEach
    void stop() {
        slowReleased.countDown();
        fetcher.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void shouldHandThePagesToItsPoolAndCompleteWhenTheyAreRead() throws Exception {
        Article teaser = article("a1", "/slow/a1", "Short teaser.");

        var future = fetcher.complete(FEED, List.of(teaser), Set.of());

        // The caller is not held up while the page is slow
        assertFalse(future.isDone(), "complete() must not wait for the page");
        slowReleased.countDown();
        Article done = future.get(20, TimeUnit.SECONDS).get(0);
        assertTrue(done.pageText().contains("$120 million"), done.pageText());
        assertEquals("Short teaser.", done.summary(), "the feed's text stays apart");
        assertEquals(List.of("wire/a1"), archived);
    }

    @Test
    void shouldNotFetchSeenItemsNorItemsWhoseFeedTextIsWholeNorFeedsThatSayNever() throws Exception {
        String whole = "The company said the plant would open next year, employing several hundred people. ".repeat(10);
        Article seen = article("seen", "/seen", "Short teaser.");
        Article complete = article("whole", "/whole", whole);
        FeedSpec never = new FeedSpec("never", "https://never.example/rss", "Never", null, null, FullTextMode.NEVER);

        List<Article> out = fetcher.complete(FEED, List.of(seen, complete), Set.of("seen")).get(20, TimeUnit.SECONDS);
        List<Article> none = fetcher.complete(never, List.of(article("n", "/n", "Teaser.")), Set.of())
                .get(20, TimeUnit.SECONDS);

        assertEquals(List.of(seen, complete), out);
        assertEquals("", none.get(0).pageText());
        assertEquals(Map.of(), hits);
    }

    @Test
    void shouldLeaveTheArticleAsTheFeedGaveItWhenThePageRunsPastTheDeadline() throws Exception {
        try (FullTextFetcher impatient = fetcher(Duration.ofMillis(200))) {
            Article teaser = article("late", "/slow/late", "Short teaser.");

            Article done = impatient.complete(FEED, List.of(teaser), Set.of()).get(20, TimeUnit.SECONDS).get(0);

            assertEquals(teaser, done);
        }
    }

    private FullTextFetcher fetcher(Duration deadline) {
        FeedFetcher http = FeedFetcher.create(FetcherSettings.defaults(),
                new NetworkPolicy(List.of("127.0.0.0/8"), List.of()), Clock.systemUTC());
        PageReader reader = new PageReader(http, new RobotsCache(http, Clock.systemUTC()), new ArticleExtractor());
        return new FullTextFetcher(reader, new FullTextPolicy(), new PageHostGate(2, Duration.ZERO), 2, deadline,
                (feedId, articleId, page) -> archived.add(feedId + "/" + articleId));
    }

    private Article article(String id, String path, String summary) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + path;
        return new Article(id, FEED.id(), "Wire", url, "Weather", summary, null, Instant.EPOCH, Instant.EPOCH, "en",
                List.of(), List.of());
    }
}

package dev.newswatch.ingest.fulltext;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetcherSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {

    private static final String ARTICLE = "<html><head><title>Northwind raises</title></head><body><article>"
            + "<p>Northwind Robotics said on Tuesday that it had closed a funding round of $120 million, led by"
            + " Harbor Capital, and that it would spend the money on two new factories.</p>"
            + "<p>The company, founded in 2019, makes robots that pick parcels in warehouses, and says its"
            + " revenue tripled last year, to about $40 million, as retailers automated.</p></article></body></html>";

    @TempDir
    Path dir;

    private HttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private PageReader reader;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        route("/robots.txt", "text/plain", "User-agent: *\nDisallow: /members/\n");
        route("/news/northwind", "text/html; charset=utf-8", ARTICLE);
        route("/members/northwind", "text/html", ARTICLE);
        route("/report.pdf", "application/pdf", "%PDF-1.7");
        server.start();
        FeedFetcher fetcher = FeedFetcher.create(FetcherSettings.defaults(),
                new NetworkPolicy(List.of("127.0.0.0/8"), List.of(dir)), Clock.systemUTC());
        reader = new PageReader(fetcher, new RobotsCache(fetcher, Clock.systemUTC()), new ArticleExtractor());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void shouldReadTheArticleOfAPageAndAskForRobotsTxtOncePerHost() {
        PageResult first = reader.read(uri("/news/northwind"));
        reader.read(uri("/news/northwind"));

        PageResult.Extracted extracted = assertInstanceOf(PageResult.Extracted.class, first);
        assertTrue(extracted.article().text().contains("$120 million"), extracted.article().text());
        assertEquals("Northwind raises", extracted.article().title());
        assertEquals(1, hits.get("/robots.txt").get());
        assertEquals(2, hits.get("/news/northwind").get());
    }

    @Test
    void shouldAskForAPageReadBeforeWithItsValidatorsAndKeepTheArticleOnA304() {
        // Given a page that sends an ETag and answers 304 to a request that carries it
        AtomicInteger full = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        server.createContext("/news/tagged", exchange -> {
            exchange.getResponseHeaders().add("ETag", "\"v1\"");
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            full.incrementAndGet();
            byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });

        // When it is read twice
        PageResult first = reader.read(uri("/news/tagged"));
        PageResult second = reader.read(uri("/news/tagged"));

        // Then the second read is a conditional GET answered 304, with the same article
        assertEquals(1, full.get());
        assertEquals(1, notModified.get());
        assertEquals(assertInstanceOf(PageResult.Extracted.class, first).article().text(),
                assertInstanceOf(PageResult.Extracted.class, second).article().text());
    }

    @Test
    void shouldNotFetchAPageThatRobotsTxtDisallows() {
        PageResult result = reader.read(uri("/members/northwind"));

        assertTrue(assertInstanceOf(PageResult.Failed.class, result).message().contains("robots.txt disallows"));
        assertEquals(null, hits.get("/members/northwind"));
    }

    @Test
    void shouldRefuseWhatIsNotAWebPage() {
        PageResult result = reader.read(uri("/report.pdf"));

        assertTrue(assertInstanceOf(PageResult.Failed.class, result).message().contains("not an HTML page"));
    }

    @Test
    void shouldRefuseAnAddressTheNetworkPolicyForbids() {
        FeedFetcher strict = FeedFetcher.create(FetcherSettings.defaults(), NetworkPolicy.strict(), Clock.systemUTC());
        PageReader strictReader = new PageReader(strict, null, new ArticleExtractor());

        PageResult result = strictReader.read(uri("/news/northwind"));

        assertInstanceOf(PageResult.Failed.class, result);
        assertEquals(null, hits.get("/news/northwind"));
    }

    @Test
    void shouldReadALocalGzipCompressedPage() throws IOException {
        Path page = dir.resolve("northwind.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
        }

        PageResult result = reader.read(page.toUri());

        assertTrue(assertInstanceOf(PageResult.Extracted.class, result).article().text().contains("Harbor Capital"));
    }

    private void route(String path, String type, String body) {
        server.createContext(path, exchange -> {
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }
}

package dev.newswatch.ingest;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetchRequest;
import dev.newswatch.ingest.fetch.FetchResult;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import dev.newswatch.ingest.parse.FeedParseException;
import dev.newswatch.ingest.parse.FeedParser;
import dev.newswatch.ingest.parse.ParsedFeed;
import dev.newswatch.ingest.websub.HubDiscovery;
import dev.newswatch.ingest.websub.HubLinks;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one feed: fetch (conditional, polite, bounded), parse (ROME, then the tolerant fallback), and
 * normalise into {@link Article}s. Never throws for bad input: every problem becomes a
 * {@link ReadResult.Failed} with a one-line message. Used by the ingester and by {@code newswatch fetch}.
 * Thread-safe: the fetcher, parser and normaliser are.
 */
public final class FeedReader {

    private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);

    private final FeedFetcher fetcher;
    private final FeedParser parser;
    private final ArticleNormalizer normalizer;
    private final Clock clock;

    public FeedReader(FeedFetcher fetcher, FeedParser parser, ArticleNormalizer normalizer, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads {@code feed}, sending the validators of {@code checkpoint}: {@link #fetch}, then {@link #parse}. */
    public ReadResult read(FeedSpec feed, FeedCheckpoint checkpoint) {
        return parse(fetch(feed, checkpoint));
    }

    /**
     * The network half of a read: one conditional request (redirects and the retry of a stale connection
     * included) and the body. Waits on the network and uses little CPU; {@link #parse} does the rest.
     */
    public Fetch fetch(FeedSpec feed, FeedCheckpoint checkpoint) {
        long start = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(feed.url());
        } catch (IllegalArgumentException e) {
            return new Fetch(feed, start, null, new ReadResult.Failed(0, "invalid feed URL " + feed.url() + ": "
                    + e.getMessage(), null, 0, Duration.ZERO));
        }
        FetchResult result;
        try {
            result = fetcher.fetch(new FetchRequest(uri, checkpoint.etag(), checkpoint.lastModified()));
        } catch (RuntimeException e) {
            LOG.warn("Fetching feed {} ({}) failed unexpectedly.", feed.id(), feed.url(), e);
            return new Fetch(feed, start, null, new ReadResult.Failed(0, "unexpected error fetching " + feed.url()
                    + ": " + e, null, 0, elapsed(start)));
        }
        if (result instanceof FetchResult.NotModified notModified) {
            return new Fetch(feed, start, null, new ReadResult.Unchanged(notModified.etag(), notModified.lastModified(),
                    notModified.cacheMaxAge(), elapsed(start)));
        }
        if (result instanceof FetchResult.Failed failed) {
            return new Fetch(feed, start, null, new ReadResult.Failed(failed.status(), failed.message(),
                    failed.retryAfter(), 0, elapsed(start)));
        }
        return new Fetch(feed, start, (FetchResult.Fetched) result, null);
    }

    /** The CPU half of a read: parses and normalises a fetched document; answers a fetch without one as it is. */
    public ReadResult parse(Fetch fetch) {
        if (fetch.outcome() != null) {
            return fetch.outcome();
        }
        FeedSpec feed = fetch.feed();
        FetchResult.Fetched fetched = fetch.fetched();
        long start = fetch.startNanos();
        Instant fetchedAt = clock.instant();
        try {
            ParsedFeed parsed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUri());
            List<Article> articles = normalizer.normalize(feed, parsed, fetchedAt);
            return new ReadResult.Read(fetched.status(), articles, fetched.etag(), fetched.lastModified(), parsed.ttl(),
                    fetched.cacheMaxAge(), fetched.body().length, elapsed(start), fetched.body(), hubOf(feed, fetched));
        } catch (FeedParseException e) {
            return new ReadResult.Failed(fetched.status(), "cannot parse " + feed.url() + ": " + e.getMessage(), null,
                    fetched.body().length, elapsed(start));
        } catch (RuntimeException e) {
            LOG.warn("Parsing feed {} ({}) failed unexpectedly.", feed.id(), feed.url(), e);
            return new ReadResult.Failed(fetched.status(), "unexpected error parsing " + feed.url() + ": " + e, null,
                    fetched.body().length, elapsed(start));
        }
    }

    /**
     * What {@link #fetch} got: a document to {@link #parse} ({@code fetched}), or the read's final outcome
     * ({@code outcome}: not modified, or a failure); exactly one of the two is set.
     */
    public record Fetch(FeedSpec feed, long startNanos, FetchResult.Fetched fetched, ReadResult outcome) {

        /** Whether a document came back, to be parsed. */
        public boolean hasDocument() {
            return fetched != null;
        }
    }

    /**
     * Reads content a WebSub hub pushed for {@code feed}: parsed and normalised as a fetched document, with no
     * validators (the feed's own are kept by the planner).
     *
     * @return the articles, or a failure when the content is not a feed
     */
    public ReadResult readPushed(FeedSpec feed, byte[] body, String contentType) {
        long start = System.nanoTime();
        URI base = feed.url().startsWith("http") ? URI.create(feed.url()) : null;
        try {
            ParsedFeed parsed = parser.parse(body, contentType, base);
            List<Article> articles = normalizer.normalize(feed, parsed, clock.instant());
            return new ReadResult.Read(200, articles, null, null, parsed.ttl(), null, body.length, elapsed(start), body);
        } catch (FeedParseException | RuntimeException e) {
            return new ReadResult.Failed(0, "cannot parse content pushed for " + feed.url() + ": " + e.getMessage(), null,
                    body.length, elapsed(start));
        }
    }

    private static HubLinks hubOf(FeedSpec feed, FetchResult.Fetched fetched) {
        try {
            return HubDiscovery.discover(fetched.body(), fetched.contentType(), fetched.links(), fetched.finalUri());
        } catch (RuntimeException e) {
            LOG.debug("Looking for the WebSub hub of feed {} failed: {}", feed.id(), e.toString());
            return null;
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}

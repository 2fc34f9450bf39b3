package dev.newswatch.ingest.fulltext;

import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetchRequest;
import dev.newswatch.ingest.fetch.FetchResult;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * robots.txt per host (scheme, host and port), fetched through the feed fetcher (so the network policy, size cap
 * and deadline apply) and kept for {@link #TTL}. A 4xx answer allows everything; a 5xx or a network failure
 * disallows everything until it is fetched again after {@link #FAILURE_TTL}. Thread-safe: one fetch per host at a
 * time, other hosts are not held up.
 */
public final class RobotsCache {

    /** How long fetched rules are kept. */
    public static final Duration TTL = Duration.ofHours(1);
    /** How long an unreachable robots.txt disallows the host before it is tried again. */
    public static final Duration FAILURE_TTL = Duration.ofMinutes(10);
    /** The product token matched against robots.txt user-agent lines. */
    public static final String PRODUCT_TOKEN = "newswatch";

    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);

    private record Entry(RobotsRules rules, Instant expires) {
    }

    private final FeedFetcher fetcher;
    private final Clock clock;
    private final Map<String, Entry> byOrigin = new ConcurrentHashMap<>();

    public RobotsCache(FeedFetcher fetcher, Clock clock) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when robots.txt lets Newswatch fetch {@code page}; always true for non-http(s) URLs. */
    public boolean allows(URI page) {
        String scheme = page.getScheme() == null ? "" : page.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || page.getHost() == null) {
            return true;
        }
        String origin = scheme + "://" + page.getHost().toLowerCase(Locale.ROOT)
                + (page.getPort() < 0 ? "" : ":" + page.getPort());
        Instant now = clock.instant();
        Entry entry = byOrigin.compute(origin, (key, old) -> old != null && now.isBefore(old.expires())
                ? old : fetch(key, now));
        String path = page.getRawPath() == null || page.getRawPath().isEmpty() ? "/" : page.getRawPath();
        return entry.rules().allows(page.getRawQuery() == null ? path : path + "?" + page.getRawQuery());
    }

    private Entry fetch(String origin, Instant now) {
        URI robots = URI.create(origin + "/robots.txt");
        FetchResult result = fetcher.fetch(new FetchRequest(robots, null, null));
        if (result instanceof FetchResult.Fetched fetched) {
            String text = new String(fetched.body(), StandardCharsets.UTF_8);
            return new Entry(RobotsRules.parse(text, PRODUCT_TOKEN), now.plus(TTL));
        }
        if (result instanceof FetchResult.Failed failed && failed.status() >= 400 && failed.status() < 500) {
            return new Entry(RobotsRules.ALLOW_ALL, now.plus(TTL));
        }
        LOG.info("robots.txt of {} could not be read ({}); its pages are not fetched for {} minutes.", origin,
                result instanceof FetchResult.Failed failed ? failed.message() : "not modified",
                FAILURE_TTL.toMinutes());
        return new Entry(RobotsRules.DISALLOW_ALL, now.plus(FAILURE_TTL));
    }
}

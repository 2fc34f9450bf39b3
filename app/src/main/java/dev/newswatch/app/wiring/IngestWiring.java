package dev.newswatch.app.wiring;

import dev.newswatch.core.config.IngestSettings;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.config.WebSubSettings;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.net.NetworkPolicy;
import dev.newswatch.ingest.FeedArchive;
import dev.newswatch.ingest.FeedReader;
import dev.newswatch.ingest.FeedUpdatePlanner;
import dev.newswatch.ingest.HostLimiter;
import dev.newswatch.ingest.IngestService;
import dev.newswatch.ingest.PollPolicy;
import dev.newswatch.ingest.fetch.FeedFetcher;
import dev.newswatch.ingest.fetch.FetcherSettings;
import dev.newswatch.ingest.fetch.HostResolver;
import dev.newswatch.ingest.fulltext.ArticleExtractor;
import dev.newswatch.ingest.fulltext.FullTextFetcher;
import dev.newswatch.ingest.fulltext.FullTextPolicy;
import dev.newswatch.ingest.fulltext.PageHostGate;
import dev.newswatch.ingest.fulltext.PageReader;
import dev.newswatch.ingest.fulltext.RobotsCache;
import dev.newswatch.ingest.normalize.ArticleNormalizer;
import dev.newswatch.ingest.parse.FeedParser;
import dev.newswatch.ingest.websub.CallbackServer;
import dev.newswatch.ingest.websub.HubClient;
import dev.newswatch.ingest.websub.WebSubSubscriber;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the ingest stage's objects from configuration. */
public final class IngestWiring {

    private static final Logger LOG = LoggerFactory.getLogger(IngestWiring.class);

    private IngestWiring() {
    }

    public static NetworkPolicy networkPolicy(NewswatchConfig config) {
        return new NetworkPolicy(config.network().allowCidrs(), config.network().allowFiles());
    }

    public static FeedReader reader(IngestSettings s, NetworkPolicy policy, Clock clock) {
        return new FeedReader(fetcher(s, policy, clock), new FeedParser(), new ArticleNormalizer(), clock);
    }

    /** The fetcher of feeds and article pages: one network policy, deadline, size cap and redirect limit. */
    public static FeedFetcher fetcher(IngestSettings s, NetworkPolicy policy, Clock clock) {
        FetcherSettings fetcherSettings = new FetcherSettings(s.connectTimeout(), s.totalDeadline(), s.maxBodyBytes(),
                s.maxRedirects(), s.userAgent());
        return FeedFetcher.create(fetcherSettings, policy, clock);
    }

    /**
     * Reads article pages for the full text of teaser items: robots.txt is obeyed, pages to one host share the
     * feeds' per-host concurrency and gap, and a poll waits for its pages at most twice the fetch deadline.
     */
    public static FullTextFetcher fullText(IngestSettings s, NetworkPolicy policy, Clock clock, FeedArchive archive) {
        FeedFetcher fetcher = fetcher(s, policy, clock);
        PageReader pages = new PageReader(fetcher, new RobotsCache(fetcher, clock), new ArticleExtractor());
        return new FullTextFetcher(pages, new FullTextPolicy(), new PageHostGate(s.hostConcurrency(), s.hostMinGap()),
                s.fetchThreads(), s.totalDeadline().multipliedBy(2), archive::storePage);
    }

    /**
     * Turns WebSub push on for {@code ingest} when {@code ingest.websub.enabled} is set: a subscriber attached to the
     * service (call before its start) and the callback server that hands it verified notifications.
     *
     * @return the running callback server, to close with the service; null when WebSub is off or its address cannot
     *     be bound (then the feeds are only polled, and the reason is logged)
     */
    public static CallbackServer webSub(NewswatchConfig config, IngestService ingest, Clock clock, PipelineMetrics metrics) {
        IngestSettings s = config.ingest();
        WebSubSettings w = s.webSub();
        if (!w.enabled()) {
            return null;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(s.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HubClient hubs = new HubClient(http, networkPolicy(config), HostResolver.system(), s.totalDeadline(), s.userAgent());
        WebSubSubscriber subscriber = new WebSubSubscriber(w, hubs, clock);
        try {
            CallbackServer server = new CallbackServer(w.listenHost(), w.listenPort(), w.callbackBaseUrl().getPath(),
                    subscriber, ingest.pushSink(), s.maxBodyBytes(), clock, metrics);
            ingest.webSub(subscriber);
            return server;
        } catch (IOException e) {
            subscriber.close();
            LOG.error("WebSub is off: the callback server cannot listen on {}:{} ({}); feeds are only polled.",
                    w.listenHost(), w.listenPort(), e.getMessage());
            return null;
        }
    }

    public static IngestService service(NewswatchConfig config, KafkaClients clients, String instanceId, Clock clock) {
        IngestSettings s = config.ingest();
        PollPolicy policy = new PollPolicy(s, new SplittableRandom());
        FeedArchive archive = s.archiveDir() == null ? FeedArchive.NONE : FeedArchive.in(s.archiveDir());
        return new IngestService(config.topics(), clients, instanceId, reader(s, networkPolicy(config), clock),
                new FeedUpdatePlanner(policy, s.seenWindow()), new HostLimiter(s.hostConcurrency(), s.hostMinGap()),
                s.fetchThreads(), clock, archive).requestsInFlight(s.requestsInFlight())
                .fullText(fullText(s, networkPolicy(config), clock, archive));
    }
}

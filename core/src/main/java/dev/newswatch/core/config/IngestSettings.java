package dev.newswatch.core.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the ingester polls feeds. All durations are positive; see {@code config/newswatch.yml} for what each
 * one means and its default.
 *
 * @param defaultInterval  poll interval of a feed that sets none
 * @param minInterval      no feed is polled more often than this, whatever it asks
 * @param jitter           fraction (0..0.5) of the interval added or removed at random
 * @param maxBackoff       cap of the exponential backoff after failures
 * @param hostConcurrency  requests in flight to one host at most
 * @param hostMinGap       minimum time between two request starts to one host
 * @param fetchThreads     threads parsing fetched documents in parallel
 * @param connectTimeout   TCP connect timeout
 * @param totalDeadline    deadline of a whole fetch, body included
 * @param maxBodyBytes     largest body accepted, after decompression
 * @param maxRedirects     redirects followed at most
 * @param userAgent        the User-Agent sent with every request
 * @param seenWindow       article ids remembered per feed for deduplication
 * @param archiveDir       where fetched documents are archived, or null for no archive
 * @param webSub           WebSub push ({@link WebSubSettings#disabled()} when the section is absent)
 * @param requestsInFlight requests in flight over all hosts at most, each waiting on a thread of its own
 */
public record IngestSettings(Duration defaultInterval, Duration minInterval, double jitter, Duration maxBackoff,
                             int hostConcurrency, Duration hostMinGap, int fetchThreads,
                             Duration connectTimeout, Duration totalDeadline, long maxBodyBytes,
                             int maxRedirects, String userAgent, int seenWindow, Path archiveDir,
                             WebSubSettings webSub, int requestsInFlight) {

    /** The default of {@link #requestsInFlight()}. */
    public static final int DEFAULT_REQUESTS_IN_FLIGHT = 256;

    public IngestSettings {
        webSub = webSub == null ? WebSubSettings.disabled() : webSub;
    }

    /** Settings with the default number of requests in flight. */
    public IngestSettings(Duration defaultInterval, Duration minInterval, double jitter, Duration maxBackoff,
                          int hostConcurrency, Duration hostMinGap, int fetchThreads, Duration connectTimeout,
                          Duration totalDeadline, long maxBodyBytes, int maxRedirects, String userAgent, int seenWindow,
                          Path archiveDir, WebSubSettings webSub) {
        this(defaultInterval, minInterval, jitter, maxBackoff, hostConcurrency, hostMinGap, fetchThreads, connectTimeout,
                totalDeadline, maxBodyBytes, maxRedirects, userAgent, seenWindow, archiveDir, webSub,
                DEFAULT_REQUESTS_IN_FLIGHT);
    }

    /** Settings without WebSub push. */
    public IngestSettings(Duration defaultInterval, Duration minInterval, double jitter, Duration maxBackoff,
                          int hostConcurrency, Duration hostMinGap, int fetchThreads, Duration connectTimeout,
                          Duration totalDeadline, long maxBodyBytes, int maxRedirects, String userAgent, int seenWindow,
                          Path archiveDir) {
        this(defaultInterval, minInterval, jitter, maxBackoff, hostConcurrency, hostMinGap, fetchThreads, connectTimeout,
                totalDeadline, maxBodyBytes, maxRedirects, userAgent, seenWindow, archiveDir, WebSubSettings.disabled());
    }

    public static final String DEFAULT_USER_AGENT =
            "Newswatch/0.1 (+https://github.com/newswatch/newswatch; feed monitor)";

    public static IngestSettings defaults() {
        return new IngestSettings(Duration.ofMinutes(15), Duration.ofMinutes(1), 0.1, Duration.ofHours(6), 1,
                Duration.ofSeconds(2), 8, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L * 1024 * 1024, 5,
                DEFAULT_USER_AGENT, 2000, null);
    }
}

package dev.newswatch.ingest.fetch;

import java.time.Duration;

/**
 * How a {@link FeedFetcher} behaves. Immutable; every value is checked here.
 *
 * @param connectTimeout the longest wait for a TCP (and TLS) connection; null means
 *     {@link #DEFAULT_CONNECT_TIMEOUT}; must be positive
 * @param totalDeadline the longest a whole fetch may take, all redirects, headers and body included; null
 *     means {@link #DEFAULT_TOTAL_DEADLINE}; must be positive
 * @param maxBodyBytes the largest body accepted, counted after decompression (the compressed stream is held
 *     to the same cap); 1 to {@value #MAX_BODY_BYTES_LIMIT}
 * @param maxRedirects the most redirects followed in one fetch, 0 to {@value #MAX_REDIRECTS_LIMIT}
 * @param userAgent the User-Agent sent on every request, naming the software and a contact URL; null means
 *     {@link #DEFAULT_USER_AGENT}; printable ASCII only
 */
public record FetcherSettings(
        Duration connectTimeout,
        Duration totalDeadline,
        long maxBodyBytes,
        int maxRedirects,
        String userAgent) {

    /** Connect timeout unless configured: 10 seconds. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Total deadline unless configured: 30 seconds. */
    public static final Duration DEFAULT_TOTAL_DEADLINE = Duration.ofSeconds(30);
    /** Body cap unless configured: 10 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** Redirects followed unless configured: 5. */
    public static final int DEFAULT_MAX_REDIRECTS = 5;
    /** User-Agent unless configured. */
    public static final String DEFAULT_USER_AGENT = "Newswatch/0.1 (+https://github.com/newswatch/newswatch; feed monitor)";
    /** The largest body cap: the largest Java array, less a margin. */
    public static final long MAX_BODY_BYTES_LIMIT = Integer.MAX_VALUE - 8L;
    /** The most redirects anyone should need. */
    public static final int MAX_REDIRECTS_LIMIT = 20;

    /** Fills in defaults for null values and checks every value. */
    public FetcherSettings {
        connectTimeout = positive("connectTimeout", connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout);
        totalDeadline = positive("totalDeadline", totalDeadline == null ? DEFAULT_TOTAL_DEADLINE : totalDeadline);
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
            throw new IllegalArgumentException(
                    "maxBodyBytes must be between 1 and " + MAX_BODY_BYTES_LIMIT + ": " + maxBodyBytes);
        }
        if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS_LIMIT) {
            throw new IllegalArgumentException(
                    "maxRedirects must be between 0 and " + MAX_REDIRECTS_LIMIT + ": " + maxRedirects);
        }
        userAgent = userAgent == null ? DEFAULT_USER_AGENT : userAgent.strip();
        if (userAgent.isEmpty() || !userAgent.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank printable ASCII: '" + userAgent + "'");
        }
    }

    /** The defaults: 10 s connect, 30 s total, 10 MiB, 5 redirects, the Newswatch User-Agent. */
    public static FetcherSettings defaults() {
        return new FetcherSettings(DEFAULT_CONNECT_TIMEOUT, DEFAULT_TOTAL_DEADLINE, DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_REDIRECTS, DEFAULT_USER_AGENT);
    }

    /** These settings with another total deadline. */
    public FetcherSettings withTotalDeadline(Duration deadline) {
        return new FetcherSettings(connectTimeout, deadline, maxBodyBytes, maxRedirects, userAgent);
    }

    /** These settings with another body cap. */
    public FetcherSettings withMaxBodyBytes(long bytes) {
        return new FetcherSettings(connectTimeout, totalDeadline, bytes, maxRedirects, userAgent);
    }

    /** These settings with another redirect limit. */
    public FetcherSettings withMaxRedirects(int redirects) {
        return new FetcherSettings(connectTimeout, totalDeadline, maxBodyBytes, redirects, userAgent);
    }

    private static Duration positive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}

package dev.newswatch.core.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * WebSub push for feeds that name a hub: the {@code ingest.websub} section of {@code newswatch.yml}. Off by
 * default. Immutable.
 *
 * @param enabled         whether the ingester subscribes to hubs and runs the callback server
 * @param listenHost      the address the callback server binds
 * @param listenPort      its port, 0 for any free one
 * @param callbackBaseUrl the public URL the hub calls (the callback of a feed is this plus {@code /<feed id>});
 *                        null only when disabled
 * @param pollInterval    poll interval of a feed while its subscription is active (a safety net)
 * @param lease           the lease asked of the hub ({@code hub.lease_seconds}); renewed at 85 % of the granted one
 * @param verifyTimeout   how long a subscription waits for the hub's verification of intent before it counts as failed
 * @param retryInterval   how long after a hub failure the subscription is tried again (the feed is polled meanwhile)
 */
public record WebSubSettings(boolean enabled, String listenHost, int listenPort, URI callbackBaseUrl,
                             Duration pollInterval, Duration lease, Duration verifyTimeout, Duration retryInterval) {

    public static final String DEFAULT_LISTEN_HOST = "127.0.0.1";
    public static final int DEFAULT_LISTEN_PORT = 8090;

    public WebSubSettings {
        Objects.requireNonNull(listenHost, "listenHost");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(verifyTimeout, "verifyTimeout");
        Objects.requireNonNull(retryInterval, "retryInterval");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException("websub listen port must be between 0 and 65535, got " + listenPort);
        }
        if (enabled && (callbackBaseUrl == null || !callbackBaseUrl.isAbsolute())) {
            throw new IllegalArgumentException("websub needs an absolute callback base URL when enabled");
        }
    }

    /** WebSub off, with the documented defaults for the rest. */
    public static WebSubSettings disabled() {
        return new WebSubSettings(false, DEFAULT_LISTEN_HOST, DEFAULT_LISTEN_PORT, null, Duration.ofHours(1),
                Duration.ofDays(7), Duration.ofMinutes(2), Duration.ofHours(1));
    }
}

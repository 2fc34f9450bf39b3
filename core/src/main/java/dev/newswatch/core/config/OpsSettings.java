package dev.newswatch.core.config;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The operations endpoint of a long-running process ({@code /metrics}, {@code /health}, the dashboard at
 * {@code /}): the {@code http} section of {@code newswatch.yml}.
 *
 * @param bindAddress      the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} to be scraped
 *                         from other hosts or containers)
 * @param port             the port, 0 for any free port, -1 for no endpoint
 * @param dashboard        whether {@code /} serves the live dashboard (it reads the deals, alerts, feed-status and
 *                         deliveries topics with one extra consumer)
 * @param dashboardRefresh how often the dashboard samples topic sizes, throughput and lag
 * @param api              the HTTP API under {@code /api/v1/} ({@code http.api}), off by default
 * @param access           who may reach the endpoint and for how long: host names, the ops token, limits
 */
public record OpsSettings(String bindAddress, int port, boolean dashboard, Duration dashboardRefresh, ApiSettings api,
                          Access access) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8089;
    public static final int OFF = -1;
    public static final Duration DEFAULT_DASHBOARD_REFRESH = Duration.ofSeconds(5);

    /**
     * The guards of the endpoint against other pages in a browser and against slow or greedy clients.
     *
     * @param allowedHosts      host names, besides {@code localhost} and IP literals, that the {@code Host} header
     *                          may carry (lower case; for a reverse proxy or a DNS name of this machine)
     * @param tokenSha256       the lower-case hex SHA-256 of the ops bearer token, or null for none
     * @param allowWithoutToken whether the endpoint may listen beyond loopback without a token
     * @param maxEventStreams   open {@code /events} streams at most; more get 503
     * @param requestTimeout    a request's headers and body must arrive, and its answer be written, within this
     */
    public record Access(List<String> allowedHosts, String tokenSha256, boolean allowWithoutToken, int maxEventStreams,
                         Duration requestTimeout) {

        public static final int DEFAULT_MAX_EVENT_STREAMS = 16;
        public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

        public Access {
            allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (tokenSha256 != null) {
                tokenSha256 = tokenSha256.strip().toLowerCase(Locale.ROOT);
                if (!tokenSha256.matches("[0-9a-f]{64}")) {
                    throw new IllegalArgumentException("the ops token's sha256 must be 64 hex digits"
                            + " (newswatch api new-token prints a token and its hash)");
                }
            }
            if (maxEventStreams < 1) {
                throw new IllegalArgumentException("maxEventStreams must be positive, got " + maxEventStreams);
            }
            Objects.requireNonNull(requestTimeout, "requestTimeout");
        }

        /** No extra host names, no token, the default limits. */
        public static Access defaults() {
            return new Access(List.of(), null, false, DEFAULT_MAX_EVENT_STREAMS, DEFAULT_REQUEST_TIMEOUT);
        }
    }

    public OpsSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dashboardRefresh, "dashboardRefresh");
        api = api == null ? ApiSettings.off() : api;
        access = access == null ? Access.defaults() : access;
        if (port < OFF || port > 65535) {
            throw new IllegalArgumentException("ops port must be between -1 and 65535, got " + port);
        }
    }

    /** An endpoint with the default {@link Access}. */
    public OpsSettings(String bindAddress, int port, boolean dashboard, Duration dashboardRefresh, ApiSettings api) {
        this(bindAddress, port, dashboard, dashboardRefresh, api, Access.defaults());
    }

    /** An endpoint without the API. */
    public OpsSettings(String bindAddress, int port, boolean dashboard, Duration dashboardRefresh) {
        this(bindAddress, port, dashboard, dashboardRefresh, ApiSettings.off());
    }

    /** An endpoint on {@code bindAddress:port} with the dashboard on and the default refresh. */
    public OpsSettings(String bindAddress, int port) {
        this(bindAddress, port, true, DEFAULT_DASHBOARD_REFRESH);
    }

    public static OpsSettings defaults() {
        return new OpsSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT);
    }

    public boolean enabled() {
        return port != OFF;
    }
}

package dev.newswatch.core.config;

import java.time.Duration;
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
 */
public record OpsSettings(String bindAddress, int port, boolean dashboard, Duration dashboardRefresh, ApiSettings api) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8089;
    public static final int OFF = -1;
    public static final Duration DEFAULT_DASHBOARD_REFRESH = Duration.ofSeconds(5);

    public OpsSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dashboardRefresh, "dashboardRefresh");
        api = api == null ? ApiSettings.off() : api;
        if (port < OFF || port > 65535) {
            throw new IllegalArgumentException("ops port must be between -1 and 65535, got " + port);
        }
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

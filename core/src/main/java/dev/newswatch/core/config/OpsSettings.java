package dev.newswatch.core.config;

import java.util.Objects;

/**
 * The operations endpoint of a long-running process ({@code /metrics}, {@code /health}): the {@code http}
 * section of {@code newswatch.yml}.
 *
 * @param bindAddress the address to listen on ({@code 127.0.0.1} by default; {@code 0.0.0.0} to be scraped
 *                    from other hosts or containers)
 * @param port        the port, 0 for any free port, -1 for no endpoint
 */
public record OpsSettings(String bindAddress, int port) {

    public static final String DEFAULT_BIND_ADDRESS = "127.0.0.1";
    public static final int DEFAULT_PORT = 8089;
    public static final int OFF = -1;

    public OpsSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < OFF || port > 65535) {
            throw new IllegalArgumentException("ops port must be between -1 and 65535, got " + port);
        }
    }

    public static OpsSettings defaults() {
        return new OpsSettings(DEFAULT_BIND_ADDRESS, DEFAULT_PORT);
    }

    public boolean enabled() {
        return port != OFF;
    }
}

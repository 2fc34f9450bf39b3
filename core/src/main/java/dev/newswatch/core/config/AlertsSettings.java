package dev.newswatch.core.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the alerts stage.
 *
 * @param subscriptionsFile  the file that seeds the subscriptions topic (absolute)
 * @param defaultMinAmountUsd a subscription without its own threshold gets alerts at or above this amount
 * @param webhookTimeout     total deadline of one webhook call, body included
 * @param retryHorizon       retries stop (the delivery is dead) this long after the first attempt
 * @param smtp               how to send email
 * @param httpPort           port of the unsubscribe endpoint on 127.0.0.1 (0: any free port; -1: off)
 * @param publicBaseUrl      the https URL at which the unsubscribe endpoint is reachable from outside, used in
 *                           List-Unsubscribe (null: no https unsubscribe link, mailto only)
 * @param unsubscribeSecret  key that signs unsubscribe links (from an environment variable; null: a random
 *                           key per process, so links stop working after a restart)
 */
public record AlertsSettings(Path subscriptionsFile, BigDecimal defaultMinAmountUsd, Duration webhookTimeout,
                             Duration retryHorizon, Smtp smtp, int httpPort, String publicBaseUrl,
                             String unsubscribeSecret) {

    public AlertsSettings {
        Objects.requireNonNull(subscriptionsFile, "subscriptionsFile");
        Objects.requireNonNull(defaultMinAmountUsd, "defaultMinAmountUsd");
        Objects.requireNonNull(webhookTimeout, "webhookTimeout");
        Objects.requireNonNull(retryHorizon, "retryHorizon");
        Objects.requireNonNull(smtp, "smtp");
    }

    /**
     * SMTP settings. {@code password} comes from the environment variable named in the config, never from the
     * file. {@code startTls} is required, optional or off.
     */
    public record Smtp(String host, int port, String from, String username, String password, String startTls,
                       boolean ssl, Duration connectTimeout, Duration readTimeout, Duration writeTimeout) {

        @Override
        public String toString() {
            return "Smtp[" + host + ":" + port + ", from " + from + ", starttls " + startTls + "]";
        }
    }

    public static AlertsSettings defaults(Path configDir) {
        return new AlertsSettings(configDir.resolve("subscriptions.yml"), EnrichSettings.DEFAULT_ALERT_FLOOR_USD,
                Duration.ofSeconds(10), Duration.ofHours(24),
                new Smtp("127.0.0.1", 25, "newswatch@localhost", null, null, "required", false, Duration.ofSeconds(10),
                        Duration.ofSeconds(10), Duration.ofSeconds(10)),
                8088, null, null);
    }
}

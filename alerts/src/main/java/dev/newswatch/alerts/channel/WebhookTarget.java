package dev.newswatch.alerts.channel;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how to deliver one subscription's webhooks: the endpoint and the active signing secrets
 * ({@code whsec_} + base64 of the key; one, or two while a secret is being rotated).
 *
 * <p>{@link #toString()} never shows the secrets. Immutable and thread-safe.
 *
 * @param url     absolute http or https endpoint
 * @param secrets one or two signing secrets, newest first
 */
public record WebhookTarget(URI url, List<String> secrets) {

    /** Most secrets signed at once: the current one and the one being rotated out. */
    public static final int MAX_SECRETS = 2;

    public WebhookTarget {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new IllegalArgumentException("webhook URL must be http or https: " + url);
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("webhook URL has no host: " + url);
        }
        Objects.requireNonNull(secrets, "secrets");
        if (secrets.isEmpty() || secrets.size() > MAX_SECRETS) {
            throw new IllegalArgumentException("webhook " + url + " needs 1 to " + MAX_SECRETS
                    + " signing secrets, got " + secrets.size());
        }
        secrets = List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "WebhookTarget[url=" + url + ", secrets=" + secrets.size() + " (hidden)]";
    }
}

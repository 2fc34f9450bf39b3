package dev.newswatch.alerts.webhook;

import java.util.Base64;

/**
 * A parsed signing secret: the key bytes behind {@code whsec_<base64>}. Messages about an invalid secret
 * name the problem, never the secret. Immutable and thread-safe.
 */
final class WebhookSecret {

    static final String PREFIX = "whsec_";
    static final int MIN_KEY_BYTES = 24;
    static final int MAX_KEY_BYTES = 64;

    private final byte[] key;

    private WebhookSecret(byte[] key) {
        this.key = key;
    }

    static WebhookSecret parse(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("webhook secret is missing");
        }
        String trimmed = secret.strip();
        if (!trimmed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("webhook secret must start with '" + PREFIX
                    + "' followed by the base64 of the key");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(trimmed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("webhook secret is not valid base64 after '" + PREFIX + "'");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("webhook secret key is " + key.length + " bytes; Standard Webhooks"
                    + " keys are " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes");
        }
        return new WebhookSecret(key);
    }

    byte[] key() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "WebhookSecret[hidden]";
    }
}

package dev.newswatch.alerts.webhook;

import java.util.Objects;

/**
 * The verdict of {@link WebhookVerifier} on one received delivery.
 *
 * @param valid     true when the signature matches and the timestamp is fresh
 * @param reason    why it is invalid, or what was checked when it is valid; one line, never the secret
 * @param webhookId the {@code webhook-id} found, or null when there was none
 */
public record VerificationResult(boolean valid, String reason, String webhookId) {

    public VerificationResult {
        Objects.requireNonNull(reason, "reason");
    }

    static VerificationResult ok(String reason, String webhookId) {
        return new VerificationResult(true, reason, webhookId);
    }

    static VerificationResult invalid(String reason, String webhookId) {
        return new VerificationResult(false, reason, webhookId);
    }
}

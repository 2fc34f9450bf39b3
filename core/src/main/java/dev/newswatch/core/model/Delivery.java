package dev.newswatch.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One alert for one subscription: the value of the compacted delivery ledger, keyed by {@link #deliveryId()}
 * (a hash of alert id and subscription id, so it is stable across retries and restarts: it is the
 * {@code webhook-id} and the Message-ID).
 *
 * <p>{@code state}: {@code pending} (to send now or at {@code nextAttempt}), {@code digest} (waiting for the
 * subscriber's next digest), {@code delivered}, {@code failed} (a retryable failure: next attempt scheduled)
 * or {@code dead} (permanent failure or retries exhausted; also in the dead-letter topic). The alert travels
 * with the delivery so a retry after a restart needs nothing else. Immutable.
 */
public record Delivery(String deliveryId, String subscriptionId, Alert alert, String state, int attempts,
                       Instant firstAttempt, Instant nextAttempt, String lastError, Instant updatedAt,
                       int alertPartition) {

    public static final String PENDING = "pending";
    public static final String DIGEST = "digest";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";
    public static final String DEAD = "dead";

    public Delivery {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(alert, "alert");
        if (!java.util.List.of(PENDING, DIGEST, DELIVERED, FAILED, DEAD).contains(state)) {
            throw new IllegalArgumentException("delivery state must be pending, digest, delivered, failed or dead: " + state);
        }
    }

    public boolean terminal() {
        return DELIVERED.equals(state) || DEAD.equals(state);
    }

    public Delivery with(String newState, int newAttempts, Instant newFirstAttempt, Instant newNextAttempt, String error,
                         Instant now) {
        return new Delivery(deliveryId, subscriptionId, alert, newState, newAttempts, newFirstAttempt, newNextAttempt,
                error, now, alertPartition);
    }
}

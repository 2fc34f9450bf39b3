package dev.newswatch.alerts.channel;

import java.time.Duration;
import java.util.Objects;

/**
 * The outcome of one delivery attempt on one channel. Channels return it instead of throwing, so the
 * caller can record it in the ledger and decide whether and when to try again.
 */
public sealed interface DeliveryResult permits DeliveryResult.Delivered, DeliveryResult.Retryable,
        DeliveryResult.Permanent {

    /**
     * The receiver accepted the message (HTTP 2xx, SMTP 250 after DATA).
     *
     * @param detail what the receiver answered, for the ledger and the logs
     */
    record Delivered(String detail) implements DeliveryResult {
        public Delivered {
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The attempt failed in a way that may pass later (timeout, connection refused, HTTP 429/5xx,
     * SMTP 4xx).
     *
     * @param reason     what went wrong, with the endpoint named
     * @param retryAfter the earliest delay the receiver asked for (HTTP Retry-After), or null
     * @param ambiguous  true when the receiver may have the message all the same: the whole message was sent and
     *                   the connection ended before the receiver answered (SMTP: after the final dot). Such a
     *                   delivery is retried once, with the same id, and then no more
     */
    record Retryable(String reason, Duration retryAfter, boolean ambiguous) implements DeliveryResult {
        public Retryable {
            Objects.requireNonNull(reason, "reason");
            if (retryAfter != null && retryAfter.isNegative()) {
                retryAfter = Duration.ZERO;
            }
        }

        /** A retryable failure, not ambiguous. */
        public Retryable(String reason, Duration retryAfter) {
            this(reason, retryAfter, false);
        }

        /** A retryable failure without a delay requested by the receiver. */
        public Retryable(String reason) {
            this(reason, null, false);
        }

        /** The message went out whole and no answer came: the receiver may or may not have it. */
        public static Retryable ambiguous(String reason) {
            return new Retryable(reason, null, true);
        }
    }

    /**
     * The attempt failed and trying again will fail the same way (HTTP 4xx, redirects, SMTP 5xx,
     * invalid recipient).
     *
     * @param reason              what went wrong, with the endpoint named
     * @param disableSubscription true when the receiver said the endpoint is gone for good (HTTP 410) and
     *                            the subscription should be disabled
     */
    record Permanent(String reason, boolean disableSubscription) implements DeliveryResult {
        public Permanent {
            Objects.requireNonNull(reason, "reason");
        }

        /** A permanent failure that leaves the subscription active. */
        public Permanent(String reason) {
            this(reason, false);
        }
    }
}

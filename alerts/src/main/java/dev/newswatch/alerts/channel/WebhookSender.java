package dev.newswatch.alerts.channel;

/**
 * Delivers one alert to one webhook endpoint, signed (Standard Webhooks v1).
 *
 * <p>Implementations never throw for network or HTTP failures; they classify them as a
 * {@link DeliveryResult}. They must be safe to call from several threads at once.
 */
public interface WebhookSender {

    /**
     * Sends {@code alert} to {@code target} once.
     *
     * @param target     the endpoint and its signing secrets
     * @param deliveryId the idempotency key, sent as {@code webhook-id}; the same on every retry of this
     *                   delivery (see {@link DeliveryIds})
     * @param alert      what to tell the receiver
     * @return the classified outcome, never null
     */
    DeliveryResult send(WebhookTarget target, String deliveryId, AlertView alert);
}

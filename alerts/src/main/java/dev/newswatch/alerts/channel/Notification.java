package dev.newswatch.alerts.channel;

import java.net.URI;
import java.util.Objects;

/**
 * One rendered message, ready for any channel: the same content as subject, plain text, HTML and JSON.
 * Built by {@link NotificationRenderer} from an {@link AlertView}; every feed-derived string in it is
 * already flattened (subject, text), escaped (HTML) or JSON-encoded.
 *
 * <p>Immutable and thread-safe.
 *
 * @param deliveryId        the idempotency key of this delivery (see {@link DeliveryIds})
 * @param alertId           the alert's id; null for a digest, which covers several alerts
 * @param subject           one line, no control characters
 * @param text              the plain-text body
 * @param html              the HTML body (a complete document)
 * @param jsonBody          the webhook payload; for a digest a JSON array of alerts
 * @param unsubscribeUrl    the https one-click unsubscribe URL, or null
 * @param unsubscribeMailto the mailto unsubscribe URI, or null
 */
public record Notification(
        String deliveryId,
        String alertId,
        String subject,
        String text,
        String html,
        String jsonBody,
        URI unsubscribeUrl,
        String unsubscribeMailto) {

    public Notification {
        DeliveryIds.requireValid(deliveryId);
        Objects.requireNonNull(subject, "subject");
        if (PlainText.hasControl(subject)) {
            throw new IllegalArgumentException("subject of delivery " + deliveryId
                    + " must be one line without control characters");
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(jsonBody, "jsonBody");
    }
}

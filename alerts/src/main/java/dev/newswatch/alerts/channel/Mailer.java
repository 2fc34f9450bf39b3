package dev.newswatch.alerts.channel;

import java.util.List;

/**
 * Delivers alerts by email, one alert per mail or several in a digest.
 *
 * <p>Implementations never throw for SMTP or network failures; they classify them as a
 * {@link DeliveryResult}. They must be safe to call from several threads at once.
 */
public interface Mailer {

    /**
     * Mails one alert.
     *
     * @param target     recipient and unsubscribe links
     * @param deliveryId the idempotency key; it also fixes the Message-ID, so a retried mail is
     *                   recognisably the same message (see {@link DeliveryIds})
     * @param alert      what to tell the recipient
     * @return the classified outcome, never null
     */
    DeliveryResult send(MailTarget target, String deliveryId, AlertView alert);

    /**
     * Mails several alerts in one message, each once, in the order given (duplicates by alert id are
     * dropped).
     *
     * @param target   recipient and unsubscribe links
     * @param digestId the idempotency key of the digest (see {@link DeliveryIds#forDigest})
     * @param alerts   at least one alert
     * @return the classified outcome, never null
     */
    DeliveryResult sendDigest(MailTarget target, String digestId, List<AlertView> alerts);
}

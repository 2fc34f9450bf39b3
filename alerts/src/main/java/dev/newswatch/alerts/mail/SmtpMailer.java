package dev.newswatch.alerts.mail;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MailTarget;
import dev.newswatch.alerts.channel.Mailer;
import dev.newswatch.alerts.channel.Notification;
import dev.newswatch.alerts.channel.NotificationRenderer;
import dev.newswatch.alerts.channel.PlainText;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends alerts by SMTP with Eclipse Angus Mail.
 *
 * <p>Each mail is multipart/alternative (text/plain first, then text/html), UTF-8, with every
 * feed-derived string escaped in the HTML part and control characters (CR, LF, ...) removed from every
 * header value, so a feed title cannot add a header or a recipient. The Message-ID is
 * {@code <deliveryId@newswatch>}, the same on every retry. With an https unsubscribe URL the mail carries
 * {@code List-Unsubscribe: <https://...>, <mailto:...>} and
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058); with only a mailto, just
 * {@code List-Unsubscribe: <mailto:...>}.
 *
 * <p>Replies are classified: 4xx and connection failures (refused, timeout, TLS) retryable; 5xx
 * permanent. A connection that ends after the message's final dot without any reply is retryable and
 * {@linkplain DeliveryResult.Retryable#ambiguous ambiguous}: the server may have queued the mail, so it is
 * sent at most once more, with the same Message-ID, which lets the receiving side drop the copy. A read
 * timeout at that point is not recognised as ambiguous (the client does not say which reply it waited for).
 * When STARTTLS is {@link SmtpSettings.StartTls#REQUIRED required} and the server does not offer it,
 * nothing is sent and the result is <em>retryable</em> with the message "SMTP server host:port does not
 * offer STARTTLS and smtp.starttls is required": the cause is either a server misconfiguration an operator
 * can fix or an attacker on the path stripping STARTTLS, and in both cases the alert should wait (within the
 * retry horizon) rather than be dropped or sent in clear.
 *
 * <p>One connection per mail. Thread-safe: the session is shared, each call has its own transport.
 * Never throws for SMTP or network failures.
 */
public final class SmtpMailer implements Mailer {

    /** The domain part of every Message-ID. */
    public static final String MESSAGE_ID_DOMAIN = "newswatch";

    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);
    private static final int MAX_HEADER_CHARS = 900;
    private static final int MAX_REPLY_CHARS = 300;

    private final SmtpSettings settings;
    private final Clock clock;
    private final Session session;
    private final InternetAddress from;
    private final NotificationRenderer renderer = new NotificationRenderer();

    /**
     * A mailer for one SMTP server.
     *
     * @param settings the server, sender and limits
     * @param clock    the source of the Date header
     */
    public SmtpMailer(SmtpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(settings.sessionProperties());
        try {
            this.from = new InternetAddress(settings.from(), true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("smtp.from is not a valid address: " + settings.from(), e);
        }
    }

    @Override
    public DeliveryResult send(MailTarget target, String deliveryId, AlertView alert) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(alert, "alert");
        Notification notification = renderer.render(DeliveryIds.requireValid(deliveryId), alert,
                target.unsubscribeHttps(), target.unsubscribeMailto());
        return deliver(target, notification, "alert " + alert.alertId());
    }

    @Override
    public DeliveryResult sendDigest(MailTarget target, String digestId, List<AlertView> alerts) {
        Objects.requireNonNull(target, "target");
        Notification notification = renderer.renderDigest(DeliveryIds.requireValid(digestId), alerts,
                target.unsubscribeHttps(), target.unsubscribeMailto());
        return deliver(target, notification, "digest of " + alerts.size() + " alerts");
    }

    private DeliveryResult deliver(MailTarget target, Notification notification, String what) {
        InternetAddress to;
        try {
            to = recipient(target.to());
        } catch (AddressException e) {
            return new DeliveryResult.Permanent("mail recipient '" + PlainText.oneLine(target.to(), 200)
                    + "' is not a valid single address: " + e.getMessage());
        }
        MimeMessage message;
        try {
            message = compose(notification, to);
        } catch (MessagingException e) {
            return new DeliveryResult.Permanent("cannot compose mail " + notification.deliveryId() + ": "
                    + e.getMessage());
        }
        Transport transport = null;
        try {
            transport = session.getTransport(settings.protocol());
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(message, new Address[] {to});
            String reply = lastReply(transport);
            LOG.debug("Mail {} ({}) accepted by {}: {}.", notification.deliveryId(), what, settings.endpoint(), reply);
            return new DeliveryResult.Delivered("SMTP " + settings.endpoint() + " accepted: " + reply);
        } catch (MessagingException e) {
            DeliveryResult result = classify(e, transport);
            LOG.debug("Mail {} ({}) to {} failed: {}.", notification.deliveryId(), what, settings.endpoint(), result);
            return result;
        } finally {
            closeQuietly(transport);
        }
    }

    private MimeMessage compose(Notification notification, InternetAddress to) throws MessagingException {
        MimeMessage message = new FixedIdMimeMessage(session,
                "<" + notification.deliveryId() + "@" + MESSAGE_ID_DOMAIN + ">");
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(header(notification.subject()), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        List<String> unsubscribe = new ArrayList<>();
        if (notification.unsubscribeUrl() != null) {
            unsubscribe.add("<" + header(notification.unsubscribeUrl().toASCIIString()) + ">");
        }
        if (notification.unsubscribeMailto() != null) {
            unsubscribe.add("<" + header(notification.unsubscribeMailto()) + ">");
        }
        if (!unsubscribe.isEmpty()) {
            String value = String.join(", ", unsubscribe);
            message.setHeader("List-Unsubscribe", MimeUtility.fold("List-Unsubscribe: ".length(), value));
        }
        if (notification.unsubscribeUrl() != null) {
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(notification.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(notification.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private static InternetAddress recipient(String to) throws AddressException {
        if (PlainText.hasControl(to)) {
            throw new AddressException("control characters in the address");
        }
        InternetAddress[] parsed = InternetAddress.parse(to, true);
        if (parsed.length != 1 || parsed[0].isGroup()) {
            throw new AddressException("expected exactly one address, found " + parsed.length);
        }
        parsed[0].validate();
        return parsed[0];
    }

    /** Every header value goes through here: one line, no control characters, bounded. */
    private static String header(String value) {
        return PlainText.oneLine(value, MAX_HEADER_CHARS);
    }

    private DeliveryResult classify(MessagingException failure, Transport transport) {
        String endpoint = settings.endpoint();
        if (settings.startTls() == SmtpSettings.StartTls.REQUIRED && !settings.ssl()
                && messageChainContains(failure, "STARTTLS is required")) {
            LOG.error("SMTP server {} does not offer STARTTLS and smtp.starttls is required; no mail was sent."
                    + " Fix the server, or set smtp.starttls to OPTIONAL only on a trusted network.", endpoint);
            return new DeliveryResult.Retryable("SMTP server " + endpoint
                    + " does not offer STARTTLS and smtp.starttls is required; no mail was sent");
        }
        if (noReplyToTheFinalDot(failure)) {
            LOG.warn("SMTP server {} closed the connection after taking a whole mail, without a reply: the mail may "
                    + "or may not have been delivered, so the delivery is marked ambiguous and sent again at most once, "
                    + "with the same Message-ID.", endpoint);
            return DeliveryResult.Retryable.ambiguous("SMTP server " + endpoint + " closed the connection after the "
                    + "final dot without a reply; the mail may have been delivered");
        }
        int code = replyCode(failure, transport);
        String detail = describe(failure);
        String reply = code > 0 ? lastReply(transport) : "";
        String answer = reply.startsWith(Integer.toString(code)) ? reply : code + " (" + detail + ")";
        if (code >= 400 && code < 500) {
            return new DeliveryResult.Retryable("SMTP server " + endpoint + " deferred the mail: " + answer);
        }
        if (code >= 500 && code < 600) {
            LOG.warn("SMTP server {} rejected a mail: {}.", endpoint, answer);
            return new DeliveryResult.Permanent("SMTP server " + endpoint + " rejected the mail: " + answer);
        }
        if (causeIsIo(failure)) {
            return new DeliveryResult.Retryable("cannot talk to SMTP server " + endpoint + ": " + detail);
        }
        return new DeliveryResult.Retryable("SMTP delivery through " + endpoint + " failed: " + detail);
    }

    /** True when the connection ended while waiting for the reply to the final "." of the message data. */
    private static boolean noReplyToTheFinalDot(MessagingException failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException e && ".".equals(e.getCommand()) && e.getReturnCode() < 0) {
                return true;
            }
        }
        return false;
    }

    /** The SMTP reply code behind a failure: from the exception chain, else the transport's last reply. */
    private static int replyCode(MessagingException failure, Transport transport) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof SMTPAddressFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSenderFailedException e) {
                return e.getReturnCode();
            }
            if (t instanceof SMTPSendFailedException e) {
                return e.getReturnCode();
            }
        }
        if (transport instanceof SMTPTransport smtp) {
            int code = smtp.getLastReturnCode();
            return code >= 400 && code < 600 ? code : -1;
        }
        return -1;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static boolean messageChainContains(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t.getMessage() != null && t.getMessage().contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean causeIsIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = failure; t != null && parts.size() < 4; t = next(t)) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            String flat = PlainText.oneLine(message, MAX_REPLY_CHARS);
            if (!parts.contains(flat)) {
                parts.add(flat);
            }
        }
        return String.join(" / ", parts);
    }

    private static String lastReply(Transport transport) {
        if (transport instanceof SMTPTransport smtp && smtp.getLastServerResponse() != null) {
            return PlainText.oneLine(smtp.getLastServerResponse(), MAX_REPLY_CHARS);
        }
        return "";
    }

    private void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException e) {
            LOG.debug("Closing the connection to SMTP server {} failed: {}.", settings.endpoint(), e.getMessage());
        }
    }
}

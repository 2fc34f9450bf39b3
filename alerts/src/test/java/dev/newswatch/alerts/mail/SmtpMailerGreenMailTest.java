package dev.newswatch.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MailTarget;
import dev.newswatch.alerts.channel.MutableClock;
import dev.newswatch.alerts.channel.TestAlerts;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailerGreenMailTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL =
            new GreenMailExtension(ServerSetupTest.SMTP.createCopy("127.0.0.1").dynamicPort());

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final String TO = "reader@subscriber.example.test";
    private static final URI UNSUBSCRIBE = URI.create("https://newswatch.example.test/u/one-click?token=t0k3n");
    private static final String UNSUBSCRIBE_MAILTO = "mailto:unsubscribe@newswatch.example.test?subject=sub-42";
    private static final String DELIVERY_ID = DeliveryIds.forAlert("alert-amazon-openai", "sub-42");

    private final MutableClock clock = new MutableClock(T0);

    private SmtpMailer mailer() {
        // GreenMail's plain SMTP does not offer STARTTLS.
        return mailer(SmtpSettings.StartTls.OFF);
    }

    private SmtpMailer mailer(SmtpSettings.StartTls startTls) {
        SmtpSettings settings = SmtpSettings.of("127.0.0.1", GREEN_MAIL.getSmtp().getPort(),
                "Newswatch <alerts@newswatch.example.test>").withStartTls(startTls);
        return new SmtpMailer(settings, clock);
    }

    private static MimeMessage onlyMessage() {
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(1, received.length, "messages received");
        return received[0];
    }

    private static String part(MimeMessage message, int index, String mimeType) throws Exception {
        MimeMultipart multipart = (MimeMultipart) message.getContent();
        BodyPart part = multipart.getBodyPart(index);
        assertTrue(part.isMimeType(mimeType), "part " + index + " is " + part.getContentType());
        assertTrue(part.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"),
                part.getContentType());
        return (String) part.getContent();
    }

    @Test
    void shouldSendTextThenHtmlAsMultipartAlternative() throws Exception {
        DeliveryResult result = mailer().send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

        assertInstanceOf(DeliveryResult.Delivered.class, result);
        MimeMessage message = onlyMessage();
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        assertEquals(2, ((MimeMultipart) message.getContent()).getCount());
        String text = part(message, 0, "text/plain");
        String html = part(message, 1, "text/html");
        assertTrue(text.contains("Investor: Amazon"), text);
        assertTrue(text.contains("Amount: more than $10 billion (USD 10,000,000,000)"), text);
        assertTrue(html.contains("<td>OpenAI</td>"), html);
        assertTrue(html.contains("href=\"https://news.example.test/amazon-openai\""), html);
        assertEquals("New deal: Amazon in talks to invest more than $10 billion in OpenAI", message.getSubject());
        assertEquals(new InternetAddress("alerts@newswatch.example.test"),
                new InternetAddress(((InternetAddress) message.getFrom()[0]).getAddress()));
        assertEquals(Date.from(T0), message.getSentDate());
    }

    @Test
    void shouldEscapeEveryFeedStringInTheHtmlPart() throws Exception {
        mailer().send(new MailTarget(TO), DELIVERY_ID, TestAlerts.hostile());

        String html = part(onlyMessage(), 1, "text/html");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"), html);
        assertTrue(html.contains("Evil &quot;Quotes&quot; &amp; Co"), html);
        assertFalse(html.toLowerCase(Locale.ROOT).contains("javascript:"), html);
    }

    @Test
    void shouldNotLetALineBreakInTheTitleAddAHeaderOrARecipient() throws Exception {
        AlertView injected = TestAlerts.withHeadline("alert-crlf", "Deal\r\nBcc: x@evil.test");

        DeliveryResult result = mailer().send(new MailTarget(TO), DELIVERY_ID, injected);

        assertInstanceOf(DeliveryResult.Delivered.class, result);
        MimeMessage message = onlyMessage();
        assertEquals("New deal: Deal Bcc: x@evil.test", message.getSubject());
        assertFalse(message.getSubject().contains("\n") || message.getSubject().contains("\r"));
        assertNull(message.getHeader("Bcc"));
        assertArrayEquals(new Address[] {new InternetAddress(TO)}, message.getAllRecipients());
        assertEquals(0, GREEN_MAIL.getReceivedMessagesForDomain("evil.test").length);
    }

    @Test
    void shouldGiveTheSameMessageIdWhenTheSameDeliveryIsSentTwice() throws Exception {
        SmtpMailer mailer = mailer();

        mailer.send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());
        mailer.send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());
        mailer.send(new MailTarget(TO), DeliveryIds.forAlert("alert-amazon-openai", "sub-43"),
                TestAlerts.amazonOpenAi());

        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        assertEquals(3, received.length);
        assertEquals("<" + DELIVERY_ID + "@newswatch>", received[0].getMessageID());
        assertEquals(received[0].getMessageID(), received[1].getMessageID());
        assertNotEquals(received[0].getMessageID(), received[2].getMessageID());
    }

    @Test
    void shouldAddOneClickUnsubscribeHeadersWhenAnHttpsUrlIsGiven() throws Exception {
        mailer().send(new MailTarget(TO, UNSUBSCRIBE, UNSUBSCRIBE_MAILTO), DELIVERY_ID, TestAlerts.amazonOpenAi());

        MimeMessage message = onlyMessage();
        assertEquals("<" + UNSUBSCRIBE + ">, <" + UNSUBSCRIBE_MAILTO + ">",
                MimeUtility.unfold(message.getHeader("List-Unsubscribe", null)));
        assertEquals("List-Unsubscribe=One-Click", message.getHeader("List-Unsubscribe-Post", null));
        assertTrue(part(message, 0, "text/plain").contains("Unsubscribe: " + UNSUBSCRIBE));
    }

    @Test
    void shouldOfferOnlyTheMailtoAndNoOneClickPostWithoutAnHttpsUrl() throws Exception {
        mailer().send(new MailTarget(TO, null, UNSUBSCRIBE_MAILTO), DELIVERY_ID, TestAlerts.amazonOpenAi());

        MimeMessage message = onlyMessage();
        assertEquals("<" + UNSUBSCRIBE_MAILTO + ">", message.getHeader("List-Unsubscribe", null));
        assertNull(message.getHeader("List-Unsubscribe-Post"));
    }

    @Test
    void shouldPutThreeAlertsIntoOneDigestEachExactlyOnce() throws Exception {
        List<AlertView> alerts = List.of(
                TestAlerts.withHeadline("a1", "Alpha AI raises $1 billion"),
                TestAlerts.withHeadline("a2", "Beta buys Gamma for $300 million"),
                TestAlerts.withHeadline("a3", "Delta invests in Epsilon"),
                TestAlerts.withHeadline("a2", "Beta buys Gamma for $300 million"));
        String digestId = DeliveryIds.forDigest("sub-42", List.of("a1", "a2", "a3"));

        DeliveryResult result = mailer().sendDigest(new MailTarget(TO, UNSUBSCRIBE, null), digestId, alerts);

        assertInstanceOf(DeliveryResult.Delivered.class, result);
        MimeMessage message = onlyMessage();
        assertEquals("3 new deals", message.getSubject());
        assertEquals("<" + digestId + "@newswatch>", message.getMessageID());
        String text = part(message, 0, "text/plain");
        String html = part(message, 1, "text/html");
        for (String headline : List.of("Alpha AI raises $1 billion", "Beta buys Gamma for $300 million",
                "Delta invests in Epsilon")) {
            assertEquals(1, occurrences(text, headline), headline + " in\n" + text);
            assertEquals(1, occurrences(html, headline), headline + " in\n" + html);
        }
    }

    @Test
    void shouldSendNothingAndSayWhyWhenStartTlsIsRequiredButNotOffered() {
        DeliveryResult result = mailer(SmtpSettings.StartTls.REQUIRED)
                .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

        DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
        assertEquals("SMTP server 127.0.0.1:" + GREEN_MAIL.getSmtp().getPort()
                + " does not offer STARTTLS and smtp.starttls is required; no mail was sent", retryable.reason());
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void shouldSendInClearWhenStartTlsIsOptionalAndNotOffered() {
        DeliveryResult result = mailer(SmtpSettings.StartTls.OPTIONAL)
                .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

        assertInstanceOf(DeliveryResult.Delivered.class, result);
        assertEquals(1, GREEN_MAIL.getReceivedMessages().length);
    }

    @Test
    void shouldReportSeveralRecipientsInOneTargetAsPermanentAndSendNothing() {
        DeliveryResult result = mailer().send(new MailTarget("a@example.test, b@evil.test"), DELIVERY_ID,
                TestAlerts.amazonOpenAi());

        DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
        assertTrue(permanent.reason().contains("not a valid single address"), permanent.reason());
        assertEquals(0, GREEN_MAIL.getReceivedMessages().length);
    }

    private static int occurrences(String text, String needle) {
        int count = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            count++;
        }
        return count;
    }
}

package dev.newswatch.alerts.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.alerts.channel.DeliveryResult;
import dev.newswatch.alerts.channel.MailTarget;
import dev.newswatch.alerts.channel.MutableClock;
import dev.newswatch.alerts.channel.TestAlerts;
import dev.newswatch.testkit.LoopbackPorts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Real SMTP conversations on 127.0.0.1 with a server that answers from a script. */
class SmtpMailerScriptedServerTest {

    private static final String TO = "reader@subscriber.example.test";
    private static final String DELIVERY_ID = DeliveryIds.forAlert("alert-amazon-openai", "sub-42");
    private static final Duration SHORT = Duration.ofMillis(800);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

    private SmtpMailer mailer(int port, SmtpSettings.StartTls startTls) {
        return new SmtpMailer(SmtpSettings.of("127.0.0.1", port, "alerts@newswatch.example.test")
                .withStartTls(startTls).withTimeouts(SHORT), clock);
    }

    private static long commands(List<String> transcript, String prefix) {
        return transcript.stream().filter(line -> line.substring(line.indexOf(' ') + 1).startsWith(prefix)).count();
    }

    @Test
    void shouldRetryAfterADeferredRecipientAndThenDeliverOnce() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                Map.of("RCPT#1", "451 4.3.0 greylisted, try again later"))) {
            SmtpMailer mailer = mailer(server.port(), SmtpSettings.StartTls.OFF);

            DeliveryResult first = mailer.send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());
            DeliveryResult second = mailer.send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, first);
            assertTrue(retryable.reason().contains("451"), retryable.reason());
            assertInstanceOf(DeliveryResult.Delivered.class, second);
            assertEquals(1, server.acceptedMessages().size());
            assertTrue(server.acceptedMessages().get(0).contains("Message-ID: <" + DELIVERY_ID + "@newswatch>"));
        }
    }

    @Test
    void shouldTreatADeferralAfterTheDataAsRetryable() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                Map.of("DATA-END", "452 4.3.1 insufficient system storage"))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertTrue(retryable.reason().contains("452"), retryable.reason());
            assertEquals(0, server.acceptedMessages().size());
        }
    }

    @Test
    void shouldMarkAConnectionDroppedAfterTheFinalDotAmbiguousAndResendTheSameMessageId() throws Exception {
        // Given a server that takes the whole first mail and closes the connection without a reply, then accepts
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Map.of("DATA-END#1", ""))) {
            SmtpMailer mailer = mailer(server.port(), SmtpSettings.StartTls.OFF);

            // When the mail is sent, and sent again
            DeliveryResult first = mailer.send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());
            DeliveryResult second = mailer.send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            // Then the first is retryable and ambiguous, the second delivered, both with the same Message-ID
            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, first);
            assertTrue(retryable.ambiguous(), retryable.toString());
            assertTrue(retryable.reason().contains("may have been delivered"), retryable.reason());
            assertInstanceOf(DeliveryResult.Delivered.class, second);
            assertEquals(1, server.unansweredMessages().size());
            assertEquals(1, server.acceptedMessages().size());
            String messageId = "Message-ID: <" + DELIVERY_ID + "@newswatch>";
            assertTrue(server.unansweredMessages().get(0).contains(messageId), server.unansweredMessages().get(0));
            assertTrue(server.acceptedMessages().get(0).contains(messageId), server.acceptedMessages().get(0));
        }
    }

    @Test
    void shouldNotMarkAConnectionDroppedBeforeTheDataAmbiguous() throws Exception {
        // Given a server that closes the connection instead of answering RCPT (it never got a message)
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Map.of("RCPT", "421 4.4.2 closing"))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertFalse(retryable.ambiguous(), retryable.toString());
        }
    }

    @Test
    void shouldTreatARejectedRecipientAsPermanent() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                Map.of("RCPT", "550 5.1.1 no such user here"))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertTrue(permanent.reason().contains("550"), permanent.reason());
            assertEquals(0, commands(server.transcript(), "DATA"));
        }
    }

    @Test
    void shouldTreatARejectedMessageAsPermanent() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                Map.of("DATA-END", "554 5.7.1 message refused as spam"))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertTrue(permanent.reason().contains("554"), permanent.reason());
        }
    }

    @Test
    void shouldTreatARejectedSenderAsPermanent() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                Map.of("MAIL", "553 5.7.1 sender not allowed"))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Permanent permanent = assertInstanceOf(DeliveryResult.Permanent.class, result);
            assertTrue(permanent.reason().contains("553"), permanent.reason());
        }
    }

    @Test
    void shouldTreatAServiceNotAvailableGreetingAsRetryable() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(
                Map.of("GREETING", "421 4.3.2 service shutting down"))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertTrue(retryable.reason().contains("421"), retryable.reason());
        }
    }

    @Test
    void shouldSendNothingWhenStartTlsIsRequiredButNotOffered() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Map.of())) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.REQUIRED)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertEquals("SMTP server 127.0.0.1:" + server.port()
                    + " does not offer STARTTLS and smtp.starttls is required; no mail was sent", retryable.reason());
            assertEquals(0, commands(server.transcript(), "MAIL"));
            assertEquals(0, server.acceptedMessages().size());
        }
    }

    @Test
    void shouldGiveUpOnASilentServerWithinTheReadTimeout() throws Exception {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Map.of("GREETING", ""))) {
            DeliveryResult result = mailer(server.port(), SmtpSettings.StartTls.OFF)
                    .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

            // the read timeout ended the wait (a speed is never asserted here: the machine may be loaded)
            DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
            assertTrue(retryable.reason().toLowerCase(java.util.Locale.ROOT).contains("timed out")
                    || retryable.reason().toLowerCase(java.util.Locale.ROOT).contains("timeout"), retryable.reason());
        }
    }

    @Test
    void shouldTreatARefusedConnectionAsRetryable() throws Exception {
        int closedPort = LoopbackPorts.free();

        DeliveryResult result = mailer(closedPort, SmtpSettings.StartTls.OFF)
                .send(new MailTarget(TO), DELIVERY_ID, TestAlerts.amazonOpenAi());

        DeliveryResult.Retryable retryable = assertInstanceOf(DeliveryResult.Retryable.class, result);
        assertTrue(retryable.reason().contains("127.0.0.1:" + closedPort), retryable.reason());
    }
}

package dev.newswatch.alerts.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

    private static final String SECRET = "whsec_c2Vjb25kLWtleS1mb3Itcm90YXRpb24tdGVzdHMh";
    private static final String WRONG_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "dlv_0123456789abcdef0123456789abcdef";
    private static final long TIMESTAMP = 1_795_000_000L;
    private static final String BODY = "{\"alertId\":\"a1\",\"headline\":\"Amazon \u2192 OpenAI\"}";
    private static final Clock NOW = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 30), ZoneOffset.UTC);

    /** A delivery as a receiver would dump it, signed by the independent implementation. */
    private static String dump(String lineEnd, String signature, String body) {
        return "POST /hooks/newswatch HTTP/1.1" + lineEnd
                + "Host: receiver.example.test" + lineEnd
                + "Content-Type: application/json" + lineEnd
                + "Webhook-Id: " + ID + lineEnd
                + "Webhook-Timestamp: " + TIMESTAMP + lineEnd
                + "Webhook-Signature: " + signature + lineEnd
                + lineEnd
                + body;
    }

    private static String signature(String body) {
        return StandardWebhooksReference.sign(SECRET, ID, Long.toString(TIMESTAMP), body);
    }

    @Test
    void shouldAcceptAFreshCorrectlySignedDeliveryWithCrlfLines() {
        VerificationResult result = WebhookVerifier.verify(dump("\r\n", signature(BODY), BODY), SECRET, NOW);

        assertTrue(result.valid(), result.reason());
        assertEquals(ID, result.webhookId());
    }

    @Test
    void shouldAcceptADumpWithBareLfLinesAndNoRequestLine() {
        String raw = "webhook-id: " + ID + "\nwebhook-timestamp: " + TIMESTAMP + "\nwebhook-signature: "
                + signature(BODY) + "\n\n" + BODY;

        VerificationResult result = WebhookVerifier.verify(raw, SECRET, NOW);

        assertTrue(result.valid(), result.reason());
    }

    @Test
    void shouldAcceptABodyFollowedByTheDumpsTrailingLineBreakAndSaySo() {
        VerificationResult result = WebhookVerifier.verify(dump("\n", signature(BODY), BODY + "\n"), SECRET, NOW);

        assertTrue(result.valid(), result.reason());
        assertTrue(result.reason().contains("trailing line break"), result.reason());
    }

    @Test
    void shouldRejectAnAlteredBody() {
        String altered = BODY.replace("a1", "a2");

        VerificationResult result = WebhookVerifier.verify(dump("\r\n", signature(BODY), altered), SECRET, NOW);

        assertFalse(result.valid());
        assertTrue(result.reason().contains("no v1 signature matches"), result.reason());
    }

    @Test
    void shouldRejectTheWrongSecret() {
        VerificationResult result = WebhookVerifier.verify(dump("\r\n", signature(BODY), BODY), WRONG_SECRET, NOW);

        assertFalse(result.valid());
    }

    @Test
    void shouldRejectAStaleTimestampAndSayHowOld() {
        Clock later = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP + 3_600), ZoneOffset.UTC);

        VerificationResult result = WebhookVerifier.verify(dump("\r\n", signature(BODY), BODY), SECRET, later);

        assertFalse(result.valid());
        assertTrue(result.reason().contains("3600 s old"), result.reason());
    }

    @Test
    void shouldNameAMissingSignatureHeader() {
        String raw = "webhook-id: " + ID + "\nwebhook-timestamp: " + TIMESTAMP + "\n\n" + BODY;

        VerificationResult result = WebhookVerifier.verify(raw, SECRET, NOW);

        assertFalse(result.valid());
        assertTrue(result.reason().contains("webhook-signature header is missing"), result.reason());
    }

    @Test
    void shouldSayWhenNoBlankLineSeparatesHeadersFromBody() {
        VerificationResult result = WebhookVerifier.verify("webhook-id: x\nwebhook-timestamp: 1", SECRET, NOW);

        assertFalse(result.valid());
        assertTrue(result.reason().contains("blank line"), result.reason());
    }

    @Test
    void shouldReportAMalformedSecretWithoutEchoingIt() {
        VerificationResult result = WebhookVerifier.verify(dump("\r\n", signature(BODY), BODY), "hunter2hunter2", NOW);

        assertFalse(result.valid());
        assertTrue(result.reason().contains("whsec_"), result.reason());
        assertFalse(result.reason().contains("hunter2"), result.reason());
    }
}

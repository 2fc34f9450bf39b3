package dev.newswatch.alerts.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChannelRecordsTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void shouldNormaliseTheKindWithTheRootLocaleEvenUnderTurkish() {
        Locale previous = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            AlertView alert = new AlertView("a", "NEW", null, null, null, null, null, null, null, null, null, null,
                    TestAlerts.FIRST_SEEN);
            assertEquals("new", alert.kind());
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void shouldRejectAnUnknownKind() {
        assertThrows(IllegalArgumentException.class, () -> new AlertView("a", "deleted", null, null, null, null, null,
                null, null, null, null, null, TestAlerts.FIRST_SEEN));
    }

    @Test
    void shouldTurnMissingListsIntoEmptyOnes() {
        AlertView alert = new AlertView("a", "new", null, null, null, null, null, null, null, null, null, null,
                TestAlerts.FIRST_SEEN);

        assertEquals(List.of(), alert.categories());
        assertEquals(List.of(), alert.sources());
    }

    @Test
    void shouldNeverShowWebhookSecretsInToString() {
        WebhookTarget target = new WebhookTarget(URI.create("https://hooks.example.test/x"), List.of(SECRET));

        assertFalse(target.toString().contains("MfKQ"), target.toString());
    }

    @Test
    void shouldRejectMoreThanTwoWebhookSecrets() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookTarget(URI.create("https://hooks.example.test/x"),
                List.of(SECRET, SECRET, SECRET)));
    }

    @Test
    void shouldRejectAWebhookUrlThatIsNotHttp() {
        assertThrows(IllegalArgumentException.class,
                () -> new WebhookTarget(URI.create("ftp://hooks.example.test/x"), List.of(SECRET)));
    }

    @Test
    void shouldRejectAMailRecipientWithALineBreak() {
        assertThrows(IllegalArgumentException.class, () -> new MailTarget("a@example.test\r\nBcc: x@evil.test"));
    }

    @Test
    void shouldRejectAnUnsubscribeUrlThatIsNotHttps() {
        assertThrows(IllegalArgumentException.class,
                () -> new MailTarget("a@example.test", URI.create("http://example.test/u"), null));
    }

    @Test
    void shouldRejectAnUnsubscribeMailtoThatCouldBreakTheHeader() {
        assertThrows(IllegalArgumentException.class,
                () -> new MailTarget("a@example.test", null, "mailto:a@example.test>, <https://evil.test"));
        assertThrows(IllegalArgumentException.class, () -> new MailTarget("a@example.test", null, "https://x.test"));
    }

    @Test
    void shouldClampANegativeRetryAfterToZero() {
        DeliveryResult.Retryable retryable = new DeliveryResult.Retryable("x", Duration.ofSeconds(-5));

        assertTrue(retryable.retryAfter().isZero());
    }
}

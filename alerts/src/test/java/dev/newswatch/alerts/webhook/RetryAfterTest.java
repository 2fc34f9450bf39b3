package dev.newswatch.alerts.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void shouldReadDelaySeconds() {
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
        assertEquals(Duration.ZERO, RetryAfter.parse(" 0 ", NOW));
    }

    @Test
    void shouldReadAnHttpDateRelativeToNow() {
        assertEquals(Duration.ofMinutes(5), RetryAfter.parse("Thu, 26 Nov 2026 10:05:00 GMT", NOW));
    }

    @Test
    void shouldTreatAPastDateAsNoDelay() {
        assertEquals(Duration.ZERO, RetryAfter.parse("Thu, 26 Nov 2026 09:00:00 GMT", NOW));
    }

    @Test
    void shouldIgnoreAbsentOrUnreadableValues() {
        assertNull(RetryAfter.parse(null, NOW));
        assertNull(RetryAfter.parse("soon", NOW));
        assertNull(RetryAfter.parse("-5", NOW));
        assertNull(RetryAfter.parse("99999999999999999999999", NOW));
    }
}

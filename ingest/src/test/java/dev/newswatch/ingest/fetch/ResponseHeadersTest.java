package dev.newswatch.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseHeadersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-02T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void shouldReadMaxAgeAmongOtherDirectives() {
        assertEquals(Duration.ofSeconds(600), ResponseHeaders.cacheMaxAge(headers("Cache-Control", "public, MAX-AGE=600")));
        assertEquals(Duration.ofSeconds(60), ResponseHeaders.cacheMaxAge(headers("Cache-Control", "max-age=\"60\"")));
        assertEquals(Duration.ZERO, ResponseHeaders.cacheMaxAge(headers("Cache-Control", "no-cache, max-age=0")));
    }

    @Test
    void shouldIgnoreAMissingOrMalformedMaxAge() {
        assertNull(ResponseHeaders.cacheMaxAge(headers("Cache-Control", "no-store")));
        assertNull(ResponseHeaders.cacheMaxAge(headers("Cache-Control", "max-age=-5")));
        assertNull(ResponseHeaders.cacheMaxAge(headers("Cache-Control", "max-age=soon")));
        assertNull(ResponseHeaders.cacheMaxAge(headers("X-Other", "1")));
    }

    @Test
    void shouldReadRetryAfterSeconds() {
        assertEquals(Duration.ofSeconds(120), ResponseHeaders.retryAfter(headers("Retry-After", " 120 "), CLOCK));
    }

    @Test
    void shouldReadRetryAfterAsADateRelativeToTheClock() {
        assertEquals(Duration.ofMinutes(5),
                ResponseHeaders.retryAfter(headers("Retry-After", "Mon, 02 Jun 2025 08:05:00 GMT"), CLOCK));
    }

    @Test
    void shouldGiveZeroForARetryAfterDateInThePast() {
        assertEquals(Duration.ZERO,
                ResponseHeaders.retryAfter(headers("Retry-After", "Mon, 02 Jun 2025 07:00:00 GMT"), CLOCK));
    }

    @Test
    void shouldIgnoreAMalformedRetryAfter() {
        assertNull(ResponseHeaders.retryAfter(headers("Retry-After", "tomorrow"), CLOCK));
        assertNull(ResponseHeaders.retryAfter(headers("Retry-After", "-1"), CLOCK));
        assertNull(ResponseHeaders.retryAfter(headers("X-Other", "1"), CLOCK));
    }

    @Test
    void shouldFormatHttpDatesWithATwoDigitDay() {
        assertEquals("Sun, 01 Jun 2025 10:00:00 GMT", ResponseHeaders.httpDate(Instant.parse("2025-06-01T10:00:00.900Z")));
    }

    private static HttpHeaders headers(String name, String value) {
        return HttpHeaders.of(Map.of(name, List.of(value)), (n, v) -> true);
    }
}

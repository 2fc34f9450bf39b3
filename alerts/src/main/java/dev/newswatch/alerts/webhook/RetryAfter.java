package dev.newswatch.alerts.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads an HTTP {@code Retry-After} header (delay seconds or an HTTP-date), or the delay a chat API puts in the
 * body of a 429 answer (Discord {@code retry_after}, Telegram {@code parameters.retry_after}, in seconds).
 * Stateless.
 */
final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * The delay the header asks for, measured from {@code now}; null when the header is absent or
     * unreadable; zero when the date is already past.
     */
    static Duration parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Duration.ofSeconds(Long.parseLong(trimmed));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration delay = Duration.between(now, at);
            return delay.isNegative() ? Duration.ZERO : delay;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Longest delay read from a body: a bigger one is left to the retry schedule's own horizon. */
    private static final Duration MAX_BODY_DELAY = Duration.ofHours(6);

    /**
     * The delay a 429 body asks for: {@code retry_after} at the top level or under {@code parameters}, seconds
     * (a fraction is rounded up); null when the body is not JSON or has neither.
     */
    static Duration fromJsonBody(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            com.fasterxml.jackson.databind.JsonNode node = dev.newswatch.core.serde.Json.mapper().readTree(body);
            com.fasterxml.jackson.databind.JsonNode value = node.path("retry_after");
            if (!value.isNumber()) {
                value = node.path("parameters").path("retry_after");
            }
            if (!value.isNumber() || value.doubleValue() < 0) {
                return null;
            }
            Duration delay = Duration.ofMillis((long) Math.ceil(value.doubleValue() * 1000));
            return delay.compareTo(MAX_BODY_DELAY) > 0 ? MAX_BODY_DELAY : delay;
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}

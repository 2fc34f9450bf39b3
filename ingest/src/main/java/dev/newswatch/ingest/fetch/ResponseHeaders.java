package dev.newswatch.ingest.fetch;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Parsing of the response headers that steer polling: Cache-Control max-age and Retry-After. Stateless. */
final class ResponseHeaders {

    /** IMF-fixdate, the HTTP-date form servers must send: {@code Sun, 01 Jun 2025 10:00:00 GMT}. */
    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String MAX_AGE = "max-age=";
    private static final int MAX_DIGITS = 12;

    private ResponseHeaders() {
    }

    /** The {@code max-age} of all Cache-Control headers, or null when absent or malformed. */
    static Duration cacheMaxAge(HttpHeaders headers) {
        for (String header : headers.allValues("Cache-Control")) {
            for (String directive : header.split(",")) {
                String trimmed = directive.strip().toLowerCase(Locale.ROOT);
                if (trimmed.startsWith(MAX_AGE)) {
                    return seconds(unquote(trimmed.substring(MAX_AGE.length()).strip()));
                }
            }
        }
        return null;
    }

    /**
     * The delay asked for by {@code Retry-After}: delta seconds, or an HTTP-date relative to the clock
     * (a date in the past gives zero). Null when absent or malformed.
     */
    static Duration retryAfter(HttpHeaders headers, Clock clock) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Duration seconds = seconds(value);
        if (seconds != null) {
            return seconds;
        }
        Instant date = httpDate(value);
        if (date == null) {
            return null;
        }
        Duration delay = Duration.between(clock.instant(), date);
        return delay.isNegative() ? Duration.ZERO : delay;
    }

    /** An instant as an IMF-fixdate, to whole seconds. */
    static String httpDate(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** An HTTP-date (IMF-fixdate, RFC 1123) as an instant, or null when it is not one. */
    static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Duration seconds(String digits) {
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(digits));
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}

package dev.newswatch.app.backtest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A range of event times (article published times): {@code from} inclusive, {@code to} exclusive; either
 * may be null for "unbounded". Immutable.
 */
public record TimeWindow(Instant from, Instant to) {

    /** The window with no bounds. */
    public static final TimeWindow ALL = new TimeWindow(null, null);

    public TimeWindow {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("--to (" + to + ") must be after --from (" + from + ")");
        }
    }

    /**
     * The window between two command-line values, each an ISO-8601 instant ({@code 2026-11-18T12:00:00Z}) or
     * a date ({@code 2026-11-18}, meaning that whole day in UTC: from its start, or up to its end); null or
     * blank for no bound.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    public static TimeWindow parse(String from, String to) {
        return new TimeWindow(bound(from, "--from", false), bound(to, "--to", true));
    }

    /** Whether {@code time} lies in the window. */
    public boolean contains(Instant time) {
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }

    private static Instant bound(String value, String option, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notDate) {
                throw new IllegalArgumentException(option + " must be an ISO-8601 instant such as 2026-11-18T12:00:00Z"
                        + " or a date such as 2026-11-18, got '" + value + "'", notDate);
            }
        }
    }
}

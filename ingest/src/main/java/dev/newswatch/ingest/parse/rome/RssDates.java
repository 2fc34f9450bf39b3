package dev.newswatch.ingest.parse.rome;

import com.rometools.rome.io.impl.DateParser;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;

/**
 * RSS dates as ROME reads them, with a fast path for the form nearly every feed writes.
 *
 * <p>{@link #parse} gives exactly what ROME's {@code DateParser.parseDate(text, locale)} gives. The fast path,
 * {@link #parseRfc822}, accepts only {@code [EEE, ]d[d] MMM yyyy HH:mm[:ss] zone} with single spaces, English
 * names in their usual case, a day name that matches the date, fields in range, and a zone of {@code GMT},
 * {@code UTC} or {@code +hhmm}/{@code -hhmm}: strings that ROME's W3C masks cannot read and its first matching
 * RFC 822 mask reads exactly as written. Anything else (two-digit years, named zones such as {@code EST}, whose
 * meaning depends on the default time zone, out-of-range fields that ROME's lenient calendar rolls over) goes
 * to ROME.
 *
 * <p>Stateless and thread-safe.
 */
public final class RssDates {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    /** ISO order, Monday first, as {@link java.time.DayOfWeek#getValue()}. */
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final int MIN_YEAR = 1600;
    private static final long SECONDS_PER_DAY = 86_400;

    private RssDates() {
    }

    /**
     * The date {@code text} names, as ROME's {@code DateParser.parseDate(text, locale)} reads it; null when ROME
     * reads none.
     *
     * @param text   the element text, not null
     * @param locale the locale ROME parses with; the fast path only serves {@link Locale#US}, ROME's default
     */
    public static Date parse(String text, Locale locale) {
        Date fast = Locale.US.equals(locale) ? parseRfc822(text) : null;
        return fast != null ? fast : DateParser.parseDate(text, locale);
    }

    /**
     * The date of {@code text} when it has the common RFC 822 form described above; null for anything else,
     * including valid dates in other forms.
     */
    static Date parseRfc822(String text) {
        String s = text.trim();
        int length = s.length();
        int pos = 0;
        int dayOfWeek = 0;
        if (length > 5 && s.charAt(3) == ',' && s.charAt(4) == ' ') {
            dayOfWeek = indexOf(DAYS, s, 0) + 1;
            if (dayOfWeek == 0) {
                return null;
            }
            pos = 5;
        }
        int dayDigits = pos + 1 < length && isDigit(s.charAt(pos + 1)) ? 2 : 1;
        int day = digits(s, pos, dayDigits);
        pos += dayDigits;
        if (day < 0 || !isSpace(s, pos)) {
            return null;
        }
        int month = indexOf(MONTHS, s, pos + 1) + 1;
        pos += 4;
        if (month == 0 || !isSpace(s, pos)) {
            return null;
        }
        int year = digits(s, pos + 1, 4);
        pos += 5;
        if (year < MIN_YEAR || !isSpace(s, pos)) {
            return null;
        }
        int hour = digits(s, pos + 1, 2);
        int minute = pos + 3 < length && s.charAt(pos + 3) == ':' ? digits(s, pos + 4, 2) : -1;
        pos += 6;
        int second = 0;
        if (pos < length && s.charAt(pos) == ':') {
            second = digits(s, pos + 1, 2);
            pos += 3;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || !isSpace(s, pos)) {
            return null;
        }
        int offsetSeconds = offsetSeconds(s, pos + 1);
        if (offsetSeconds == Integer.MIN_VALUE || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (dayOfWeek != 0 && date.getDayOfWeek().getValue() != dayOfWeek) {
            return null;
        }
        long epochSecond = date.toEpochDay() * SECONDS_PER_DAY + hour * 3_600L + minute * 60L + second - offsetSeconds;
        return new Date(epochSecond * 1_000);
    }

    /** The offset of the zone that runs from {@code pos} to the end of {@code s}; MIN_VALUE when not one we read. */
    private static int offsetSeconds(String s, int pos) {
        int remaining = s.length() - pos;
        if (remaining == 3 && (s.startsWith("GMT", pos) || s.startsWith("UTC", pos))) {
            return 0;
        }
        if (remaining != 5 || (s.charAt(pos) != '+' && s.charAt(pos) != '-')) {
            return Integer.MIN_VALUE;
        }
        int hours = digits(s, pos + 1, 2);
        int minutes = digits(s, pos + 3, 2);
        if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return s.charAt(pos) == '-' ? -seconds : seconds;
    }

    /** The index of the three-letter name at {@code pos} in {@code names}, or -1. */
    private static int indexOf(String[] names, String s, int pos) {
        if (pos + 3 > s.length()) {
            return -1;
        }
        for (int i = 0; i < names.length; i++) {
            if (s.startsWith(names[i], pos)) {
                return i;
            }
        }
        return -1;
    }

    /** The number written by exactly {@code count} ASCII digits at {@code pos}, or -1. */
    private static int digits(String s, int pos, int count) {
        if (pos < 0 || pos + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = pos; i < pos + count; i++) {
            char c = s.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(String s, int pos) {
        return pos < s.length() && s.charAt(pos) == ' ';
    }
}

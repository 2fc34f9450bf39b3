package dev.newswatch.ingest.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lenient parsing of the dates found in feeds.
 *
 * <p>Accepts ISO 8601 / W3C-DTF ({@code 2004-02-28T18:14:55-08:00}, {@code 2004-02-28 18:14:55},
 * {@code 2004-02-28}, {@code 2004-02}, fractions, offsets with or without a colon) and RFC 822 with the
 * usual breakage: optional or full day names, one-digit days and hours, two-digit years, missing seconds,
 * month before day, full English month names, {@code 07-Oct-2002}, named zones ({@code GMT}, {@code EST},
 * {@code CEST}, ...), {@code GMT+2}, a trailing {@code (PST)} comment, AM/PM. A date without a zone is UTC.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeedDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})"
                    + "(?:[Tt ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?)?"
                    + "\\s*(.*)");
    private static final Pattern ISO_YEAR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,]\\d+)?)?(.*)");
    private static final Pattern TOKEN_SEPARATOR = Pattern.compile("[\\s,]+");
    private static final Pattern DASHED_DATE = Pattern.compile("(\\d{1,2})-([A-Za-z]{3,})-(\\d{2,4})");

    private static final List<String> MONTHS = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final Map<String, Integer> ZONE_MINUTES = Map.ofEntries(
            Map.entry("z", 0), Map.entry("gmt", 0), Map.entry("ut", 0), Map.entry("utc", 0),
            Map.entry("wet", 0), Map.entry("west", 60), Map.entry("bst", 60),
            Map.entry("cet", 60), Map.entry("met", 60), Map.entry("cest", 120), Map.entry("mest", 120),
            Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("msk", 180),
            Map.entry("ist", 330), Map.entry("sgt", 480), Map.entry("hkt", 480),
            Map.entry("jst", 540), Map.entry("kst", 540), Map.entry("aest", 600), Map.entry("aedt", 660),
            Map.entry("nzst", 720), Map.entry("nzdt", 780),
            Map.entry("ast", -240), Map.entry("adt", -180), Map.entry("nst", -210), Map.entry("ndt", -150),
            Map.entry("est", -300), Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300),
            Map.entry("mst", -420), Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420),
            Map.entry("akst", -540), Map.entry("akdt", -480), Map.entry("hst", -600));

    private FeedDates() {
    }

    /**
     * The instant {@code text} names, or null when it is null, blank or not a date this class understands.
     */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            return null;
        }
        try {
            Instant iso = parseIso(value);
            return iso != null ? iso : parseRfc822(value);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static Instant parseIso(String value) {
        Matcher yearMonth = ISO_YEAR_MONTH.matcher(value);
        if (yearMonth.matches()) {
            int month = yearMonth.group(2) == null ? 1 : Integer.parseInt(yearMonth.group(2));
            return LocalDateTime.of(Integer.parseInt(yearMonth.group(1)), month, 1, 0, 0).toInstant(ZoneOffset.UTC);
        }
        Matcher m = ISO.matcher(value);
        if (!m.matches()) {
            return null;
        }
        Integer offsetMinutes = zoneMinutes(m.group(8).strip());
        if (offsetMinutes == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.of(
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                intOrZero(m.group(4)), intOrZero(m.group(5)), intOrZero(m.group(6)), nanos(m.group(7)));
        return local.toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    private static Instant parseRfc822(String value) {
        String cleaned = value.replaceAll("\\([^)]*\\)", " ").strip();
        List<String> tokens = new ArrayList<>();
        for (String token : TOKEN_SEPARATOR.split(cleaned)) {
            Matcher dashed = DASHED_DATE.matcher(token);
            if (dashed.matches()) {
                tokens.add(dashed.group(1));
                tokens.add(dashed.group(2));
                tokens.add(dashed.group(3));
            } else if (!token.isEmpty()) {
                tokens.add(token);
            }
        }
        Fields fields = new Fields();
        for (String token : tokens) {
            if (!fields.accept(token)) {
                return null;
            }
        }
        return fields.toInstant();
    }

    private static Integer zoneMinutes(String zone) {
        if (zone.isEmpty()) {
            return 0;
        }
        Integer named = ZONE_MINUTES.get(zone.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        Matcher offset = OFFSET.matcher(zone.toUpperCase(Locale.ROOT));
        if (!offset.matches()) {
            return null;
        }
        int hours = Integer.parseInt(offset.group(2));
        int minutes = intOrZero(offset.group(3));
        if (hours > 14 || minutes > 59) {
            return null;
        }
        int total = hours * 60 + minutes;
        return offset.group(1).equals("-") ? -total : total;
    }

    private static int intOrZero(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        StringBuilder padded = new StringBuilder(fraction);
        while (padded.length() < 9) {
            padded.append('0');
        }
        return Integer.parseInt(padded.toString());
    }

    /** The fields of an RFC 822-like date, filled token by token in any order. */
    private static final class Fields {
        private Integer year;
        private Integer month;
        private Integer day;
        private int hour;
        private int minute;
        private int second;
        private boolean timeSeen;
        private int offsetMinutes;
        private boolean zoneSeen;

        boolean accept(String token) {
            String lower = token.toLowerCase(Locale.ROOT);
            Matcher time = TIME.matcher(token);
            if (!timeSeen && time.matches()) {
                timeSeen = true;
                hour = Integer.parseInt(time.group(1));
                minute = Integer.parseInt(time.group(2));
                second = intOrZero(time.group(3));
                String rest = time.group(4).strip();
                return rest.isEmpty() || acceptZone(rest);
            }
            if (token.chars().allMatch(Character::isDigit)) {
                return acceptNumber(token);
            }
            if (lower.equals("am") || lower.equals("pm")) {
                if (hour > 12) {
                    return false;
                }
                hour = hour % 12 + (lower.equals("pm") ? 12 : 0);
                return true;
            }
            int monthIndex = monthIndex(lower);
            if (month == null && monthIndex > 0) {
                month = monthIndex;
                return true;
            }
            if (isDayName(lower)) {
                return true;
            }
            return acceptZone(token);
        }

        private boolean acceptNumber(String token) {
            int number = Integer.parseInt(token);
            if (token.length() == 4 && year == null) {
                year = number;
                return true;
            }
            if (token.length() <= 2 && day == null) {
                day = number;
                return true;
            }
            if (token.length() <= 2 && year == null) {
                year = number < 50 ? 2000 + number : 1900 + number;
                return true;
            }
            return (token.length() == 4 && timeSeen && !zoneSeen) && acceptZone("+" + token);
        }

        private boolean acceptZone(String token) {
            if (zoneSeen) {
                return false;
            }
            Integer minutes = zoneMinutes(token);
            if (minutes == null) {
                return false;
            }
            zoneSeen = true;
            offsetMinutes = minutes;
            return true;
        }

        Instant toInstant() {
            if (year == null || month == null || day == null) {
                return null;
            }
            return LocalDateTime.of(year, month, day, hour, minute, second)
                    .toInstant(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
        }

        private static int monthIndex(String lower) {
            String word = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
            if (word.length() < 3) {
                return 0;
            }
            int index = MONTHS.indexOf(word.substring(0, 3));
            boolean plausible = word.length() == 3 || word.length() == 4 || isFullMonthName(word);
            return index >= 0 && plausible ? index + 1 : 0;
        }

        private static boolean isFullMonthName(String word) {
            return List.of("january", "february", "march", "april", "june", "july", "august",
                    "september", "october", "november", "december").contains(word);
        }

        private static boolean isDayName(String lower) {
            String word = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
            return word.length() >= 3 && word.chars().allMatch(Character::isLetter)
                    && List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").contains(word.substring(0, 3));
        }
    }
}

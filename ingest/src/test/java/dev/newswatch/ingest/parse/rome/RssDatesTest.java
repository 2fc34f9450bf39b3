package dev.newswatch.ingest.parse.rome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.rometools.rome.io.impl.DateParser;
import dev.newswatch.ingest.parse.CorpusFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link RssDates} must read every date exactly as ROME's {@code DateParser.parseDate} does. */
class RssDatesTest {

    private static final List<String> FAST_PATH_FORMS = List.of(
            "Tue, 01 Sep 2026 06:00:00 +0000",   // what the backtest bench and most feeds write
            "Mon, 24 Apr 2006 22:04:33 GMT",
            "Wed, 29 Jun 2005 18:49:02 +0100",
            "Mon, 6 Feb 2006 08:59:39 -0800",    // one-digit day
            "Sat, 14 Jan 2006 12:00:35 -0800",
            "Thu, 29 Feb 2024 23:59:59 +1400",   // leap day, far east offset
            "Sun, 31 Dec 2023 00:00:00 -1130",
            "Fri, 01 Mar 2024 10:15 +0200",      // no seconds
            "01 Mar 2024 10:15:30 GMT",          // no day name
            "1 Mar 2024 10:15 UTC",
            "Thu, 01 Jan 1970 00:00:00 GMT",
            "Wed, 31 Dec 1969 23:59:59 GMT",     // before the epoch
            "  Tue, 10 Jun 2003 04:00:00 GMT\n ", // surrounding whitespace, trimmed by ROME too
            "Tue, 10 Jun 2003 04:00:00 -0000");

    private static final List<String> ROME_ONLY_FORMS = List.of(
            "Mon, 31 Dec 2002 14:20:20 GMT",     // wrong day name (it was a Tuesday)
            "Wed,  1 Feb 2006 10:27:25 -0500",   // two spaces
            "Fri, 28 Apr 2006 12:03:11 PDT",     // named zone: depends on the default time zone
            "Fri, 06 May 1983 09:00:00 CST",
            "Tue, 10 Jun 03 04:00:00 GMT",       // two-digit year: relative to today
            "Tue, 10 Jun 2003 04:00:00 UT",
            "Tue, 10 Jun 2003 04:00:00 Z",
            "Tue, 10 Jun 2003 04:00:00 GMT+02:00",
            "Tue, 10 Jun 2003 04:00:00.123 GMT",
            "Tuesday, 10 Jun 2003 04:00:00 GMT",
            "tue, 10 jun 2003 04:00:00 gmt",
            "Tue, 10 June 2003 04:00:00 GMT",
            "Mon, 31 Feb 2003 04:00:00 GMT",     // lenient calendar rolls these over
            "Tue, 10 Jun 2003 24:00:00 GMT",
            "Tue, 10 Jun 2003 04:60:00 GMT",
            "Tue, 10 Jun 2003 04:00:60 GMT",
            "Tue, 10 Jun 2003 4:00:00 GMT",
            "Tue, 10 Jun 2003 04:00:00 +2400",
            "Tue, 10 Jun 2003 04:00:00 +0200 (CEST)",
            "Tue, 10 Jun 2003 04:00:00",
            "2003-06-10T04:00:00Z",
            "2003-06-10T04:00:00.5+02:00",
            "2003-06-10",
            "10 Jun 2003",
            "",
            "not a date");

    @Test
    void shouldReadTheCommonFormsOnTheFastPathExactlyAsRome() {
        for (String text : FAST_PATH_FORMS) {
            Date fast = RssDates.parseRfc822(text);
            assertNotNull(fast, () -> "fast path should read '" + text + "'");
            assertEquals(rome(text), fast, () -> "'" + text + "'");
        }
    }

    @Test
    void shouldLeaveOtherFormsToRome() {
        for (String text : ROME_ONLY_FORMS) {
            assertNull(RssDates.parseRfc822(text), () -> "fast path should leave '" + text + "' to ROME");
            assertEquals(rome(text), RssDates.parse(text, Locale.US), () -> "'" + text + "'");
        }
    }

    @Test
    void shouldLeaveOtherLocalesToRome() {
        String german = "Di, 10 Jun 2003 04:00:00 GMT";
        assertEquals(DateParser.parseDate(german, Locale.GERMANY), RssDates.parse(german, Locale.GERMANY));
    }

    @Test
    void shouldMatchRomeOnGeneratedDatesInSeveralDefaultTimeZones() {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : List.of("UTC", "America/New_York", "Europe/Rome", "Asia/Kolkata", "Australia/Lord_Howe")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                int fast = 0;
                for (String text : generatedDates(new SplittableRandom(zone.hashCode()), 3_000)) {
                    Date expected = rome(text);
                    Date actual = RssDates.parse(text, Locale.US);
                    assertEquals(expected, actual, () -> "'" + text + "' in default zone " + TimeZone.getDefault().getID());
                    fast += RssDates.parseRfc822(text) != null ? 1 : 0;
                }
                assertTrue(fast > 2_000, "most generated dates should take the fast path, got " + fast);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void shouldMatchRomeOnEveryDateOfTheFeedCorpus() throws IOException {
        Path corpus = CorpusFiles.directory();
        assumeTrue(Files.isDirectory(corpus), "feed corpus not found at " + corpus);
        Set<String> dates = corpusDates(corpus);
        int fast = 0;
        for (String text : dates) {
            assertEquals(rome(text), RssDates.parse(text, Locale.US), () -> "'" + text + "'");
            fast += RssDates.parseRfc822(text) != null ? 1 : 0;
        }
        assertTrue(dates.size() > 400, "corpus dates: " + dates.size());
        assertTrue(fast > 100, "corpus dates on the fast path: " + fast);
    }

    private static Date rome(String text) {
        return DateParser.parseDate(text, Locale.US);
    }

    /** RFC 822 dates in the forms feeds write, with one in ten given a wrong day name. */
    private static List<String> generatedDates(SplittableRandom random, int count) {
        List<String> patterns = List.of("EEE, dd MMM yyyy HH:mm:ss", "EEE, d MMM yyyy HH:mm:ss", "dd MMM yyyy HH:mm:ss",
                "EEE, dd MMM yyyy HH:mm", "d MMM yyyy HH:mm");
        List<String> zones = List.of("GMT", "UTC", "+0000", "-0000", "+0100", "+0530", "-0800", "+1345", "-1100");
        List<String> days = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        long from = Instant.parse("1990-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();
        List<String> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ZonedDateTime time = Instant.ofEpochSecond(random.nextLong(from, to)).atZone(ZoneOffset.UTC);
            String text = DateTimeFormatter.ofPattern(patterns.get(random.nextInt(patterns.size())), Locale.ROOT)
                    .format(time) + " " + zones.get(random.nextInt(zones.size()));
            if (text.charAt(3) == ',' && random.nextInt(10) == 0) {
                text = days.get(random.nextInt(days.size())) + text.substring(3);
            }
            dates.add(text);
        }
        return dates;
    }

    /** The text of every date element (RSS, Atom, Dublin Core) in the corpus files. */
    private static Set<String> corpusDates(Path corpus) throws IOException {
        Pattern element = Pattern.compile(
                "<((?:[\\w-]+:)?(?:pubDate|lastBuildDate|date|updated|published|modified|issued|created"
                        + "|expirationDate))\\b[^>]*>([^<]*)</\\1>");
        Set<String> dates = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher m = element.matcher(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    dates.add(m.group(2));
                }
            }
        }
        return dates;
    }
}

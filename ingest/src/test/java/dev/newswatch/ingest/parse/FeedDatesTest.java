package dev.newswatch.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # RFC 822 as the spec says
            Tue, 13 Jan 2026 09:30:00 GMT           | 2026-01-13T09:30:00Z
            Tue, 13 Jan 2026 09:30:00 +0100         | 2026-01-13T08:30:00Z
            Tue, 13 Jan 2026 09:30:00 -0500         | 2026-01-13T14:30:00Z
            Tue, 13 Jan 2026 09:30:00 EST           | 2026-01-13T14:30:00Z
            Tue, 13 Jan 2026 09:30:00 PDT           | 2026-01-13T16:30:00Z
            Tue, 13 Jan 2026 09:30:00 UT            | 2026-01-13T09:30:00Z
            Tue, 13 Jan 2026 09:30:00 Z             | 2026-01-13T09:30:00Z
            # RFC 822 as feeds write it
            13 Jan 2026 09:30:00 GMT                | 2026-01-13T09:30:00Z
            Tue, 3 Jan 2026 9:05:00 GMT             | 2026-01-03T09:05:00Z
            Tue, 13 Jan 2026 09:30 GMT              | 2026-01-13T09:30:00Z
            Tue, 13 Jan 26 09:30:00 GMT             | 2026-01-13T09:30:00Z
            Tuesday, 13 January 2026 09:30:00 GMT   | 2026-01-13T09:30:00Z
            Tue, 13 Jan 2026 09:30:00               | 2026-01-13T09:30:00Z
            Tue, 13 Jan 2026 09:30:00 +01:00        | 2026-01-13T08:30:00Z
            Tue, 13 Jan 2026 09:30:00 GMT+2         | 2026-01-13T07:30:00Z
            Tue, 13 Jan 2026 09:30:00 +0000 (GMT)   | 2026-01-13T09:30:00Z
            Tue, 13 Jan 2026 09:30:00 CEST          | 2026-01-13T07:30:00Z
            Tue,13 Jan 2026 09:30:00 GMT            | 2026-01-13T09:30:00Z
            TUE, 13 JAN 2026 09:30:00 GMT           | 2026-01-13T09:30:00Z
            Tue, 13-Jan-2026 09:30:00 GMT           | 2026-01-13T09:30:00Z
            Jan 13 2026 09:30:00 GMT                | 2026-01-13T09:30:00Z
            January 13, 2026 9:30 PM                | 2026-01-13T21:30:00Z
            Tue Jan 13 09:30:00 2026                | 2026-01-13T09:30:00Z
            Tue, 13 Sept 2026 09:30:00 GMT          | 2026-09-13T09:30:00Z
            13 Jan 2026                             | 2026-01-13T00:00:00Z
            # ISO 8601 and W3C-DTF
            2026-01-13T09:30:00Z                    | 2026-01-13T09:30:00Z
            2026-01-13T09:30:00.123Z                | 2026-01-13T09:30:00.123Z
            2026-01-13T09:30:00+01:00               | 2026-01-13T08:30:00Z
            2026-01-13T09:30:00-0800                | 2026-01-13T17:30:00Z
            2026-01-13T09:30:00 +01:00              | 2026-01-13T08:30:00Z
            2026-01-13T09:30Z                       | 2026-01-13T09:30:00Z
            2026-01-13T09:30:00                     | 2026-01-13T09:30:00Z
            2026-01-13 09:30:00                     | 2026-01-13T09:30:00Z
            2026/01/13 09:30:00                     | 2026-01-13T09:30:00Z
            2026-01-13                              | 2026-01-13T00:00:00Z
            2026-01                                 | 2026-01-01T00:00:00Z
            2026                                    | 2026-01-01T00:00:00Z
            2026-1-3T9:05:00Z                       | 2026-01-03T09:05:00Z
            '  2026-01-13T09:30:00Z  '              | 2026-01-13T09:30:00Z
            """)
    void shouldParseDatesWrittenInFeeds(String text, String expected) {
        // When
        Instant parsed = FeedDates.parse(text);

        // Then
        assertEquals(Instant.parse(expected), parsed);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "yesterday",
        "not a date at all",
        "2026-13-01T00:00:00Z",
        "2026-02-30",
        "Tue, 32 Jan 2026 09:30:00 GMT",
        "Tue, 13 Foo 2026 09:30:00 GMT",
        "Tue, 13 Jan 2026 25:30:00 GMT",
        "Tue, 13 Jan 2026 09:30:00 XYZ",
        "13/01/2026",
        "2026-01-13T09:30:00+25:00"
    })
    void shouldReturnNullForWhatIsNotADate(String text) {
        // When
        Instant parsed = FeedDates.parse(text);

        // Then
        assertNull(parsed);
    }

    @Test
    void shouldParseEnglishMonthNamesUnderATurkishDefaultLocale() {
        // Given: with the Turkish locale "FRI".toLowerCase() is "fr\u0131" (dotless i), which is no day name
        Locale saved = Locale.getDefault();
        Locale.setDefault(new Locale("tr", "TR"));
        try {
            // When
            Instant parsed = FeedDates.parse("FRI, 16 OCT 2026 09:30:00 GMT");

            // Then
            assertEquals(Instant.parse("2026-10-16T09:30:00Z"), parsed);
        } finally {
            Locale.setDefault(saved);
        }
    }
}

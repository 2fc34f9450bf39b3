package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A digest of deals written one per line (session 26): each line tells its own deal with its own buyer, so a purchase
 * told as a noun on one line, with no buyer read there, does not take the buyer of the line before. A heading above
 * the lines that names the buyer still gives it to them.
 */
class ListLineTakesNoBuyerFromTheLineBeforeTest {

    static Stream<Arguments> aLineTakesNoBuyerFromTheLineBefore() {
        return Stream.of(
                Arguments.of("en", "More deals this week:\n- Cohere buys Helsing for $2 billion.\n"
                        + "- The $9 billion takeover of Informatica has closed, a spokesman said."),
                Arguments.of("de", "Weitere Geschäfte der Woche:\n- Cohere kauft Helsing für 2 Mrd. Dollar.\n"
                        + "- Die Übernahme von Informatica für 9 Mrd. Dollar ist abgeschlossen, sagte ein Sprecher."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLineTakesNoBuyerFromTheLineBefore(String language, String text) {
        // Given two dashed lines, the first a purchase with its buyer, the second a purchase told as a noun
        // When the deals are extracted
        // Then the second has no buyer rather than the first line's
        assertDeals(language, text, List.of(deal("Helsing", "Cohere", "2E9", "USD"),
                deal("Informatica", null, "9E9", "USD")));
    }

    static Stream<Arguments> aHeadingAboveTheLinesStillNamesTheBuyer() {
        return Stream.of(
                Arguments.of("en", "Salesforce went shopping again this year.\n- The $2 billion takeover of Helsing "
                        + "closed in May.\n- The $9 billion takeover of Informatica closed in June."),
                Arguments.of("de", "Salesforce hat in diesem Jahr wieder eingekauft.\n- Die Übernahme von Helsing für "
                        + "2 Mrd. Dollar wurde im Mai abgeschlossen.\n- Die Übernahme von Informatica für 9 Mrd. "
                        + "Dollar wurde im Juni abgeschlossen."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aHeadingAboveTheLinesStillNamesTheBuyer(String language, String text) {
        // Given a sentence about a buyer, then dashed lines each telling a purchase as a noun
        // When the deals are extracted
        // Then every line's purchase is that buyer's
        assertDeals(language, text, List.of(deal("Helsing", "Salesforce", "2E9", "USD"),
                deal("Informatica", "Salesforce", "9E9", "USD")));
    }
}

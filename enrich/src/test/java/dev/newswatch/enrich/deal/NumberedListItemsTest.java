package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round-up numbered instead of bulleted (session 26): "1. Cohere: 500 Mio. Dollar" opens its line as a dash does,
 * the number's period ends no sentence, and a few sentences about each company may stand between two items: a raise
 * or a round word there, or before the first item, makes the list one of raises. A numbered list of anything else
 * (revenue) gives none.
 */
class NumberedListItemsTest {

    static Stream<Arguments> eachNumberedItemOfAListOfRoundsIsARaise() {
        return Stream.of(
                Arguments.of("en", "The largest rounds of the quarter:\n1. Cohere: $500 million\n2. Helsing: $300 "
                        + "million"),
                Arguments.of("de", "Die größten Finanzierungsrunden des Quartals:\n1. Cohere: 500 Mio. Dollar\n"
                        + "2) Helsing: 300 Mio. Dollar"),
                Arguments.of("fr", "Les plus grosses levées du trimestre :\n1. Cohere : 500 millions de dollars\n"
                        + "2. Helsing : 300 millions de dollars"),
                Arguments.of("it", "I round più grandi del trimestre:\n1. Cohere: 500 milioni di dollari\n"
                        + "2. Helsing: 300 milioni di dollari"),
                Arguments.of("es", "Las mayores rondas del trimestre:\n1. Cohere: 500 millones de dólares\n"
                        + "2. Helsing: 300 millones de dólares"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachNumberedItemOfAListOfRoundsIsARaise(String language, String text) {
        // Given a heading with a round word and two numbered lines, each a company, a colon and an amount
        // When the deals are extracted
        // Then each line is a raise of its company
        assertDeals(language, text, List.of(deal("Cohere", null, "5E8", "USD"), deal("Helsing", null, "3E8", "USD")));
    }

    static Stream<Arguments> sentencesAboutACompanyMayStandBetweenTwoItems() {
        return Stream.of(
                Arguments.of("de", "Die Firmen des Landes hatten einen guten Sommer.\n"
                        + "Das sind die drei größten Beträge.\n1. Cohere: 500 Mio. Dollar\nDie Firma aus Toronto "
                        + "baut Sprachmodelle. Sie hat 2019 eine Runde abgeschlossen.\n2. Helsing: 300 Mio. Dollar\n"
                        + "Die Münchner bauen Software für Drohnen."),
                Arguments.of("en", "Companies here had a good summer.\nThese are the three "
                        + "largest sums.\n1. Cohere: $500 million\nThe Toronto company builds language models. It "
                        + "raised its first round in 2019.\n2. Helsing: $300 million\nThe Munich firm writes "
                        + "software for drones."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void sentencesAboutACompanyMayStandBetweenTwoItems(String language, String text) {
        // Given numbered lines with a few sentences about each company between them, a raise word among those
        // When the deals are extracted
        // Then the second line is a raise as well
        assertDeals(language, text, List.of(deal("Helsing", null, "3E8", "USD")));
    }

    static Stream<Arguments> aNumberedListOfRevenueGivesNoDeal() {
        return Stream.of(
                Arguments.of("en", "Revenue of the quarter, by company:\n1. Cohere: $500M\n2. Helsing: $300M"),
                Arguments.of("de", "Die Umsätze des Quartals im Überblick:\n1. Cohere: 500 Mio. Dollar\n"
                        + "2. Helsing: 300 Mio. Dollar"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNumberedListOfRevenueGivesNoDeal(String language, String text) {
        // Given numbered lines after a heading about revenue
        // When the deals are extracted
        // Then none is found
        assertEquals(List.of(), DealCases.extract(language, text), language + " \"" + text + "\"");
    }
}

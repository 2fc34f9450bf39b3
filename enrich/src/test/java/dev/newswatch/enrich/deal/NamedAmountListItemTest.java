package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * List items written as a name and right after it an amount ("(Cohere $480M, Helsing $250M)", "Cohere: 480
 * milioni; Helsing: 250 milioni"), after a word of rounds or raises: each amount is the deal of the name of its own
 * item, not of the name of the next item, even when an item without an amount stands between them.
 */
class NamedAmountListItemTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The largest rounds of the quarter (Cohere $480M, Poolside several rounds, Helsing $250M) went to AI labs.",
        "en|Funding rounds stayed large: Cohere $480M; Poolside rounds; Helsing $250M.",
        "it|I round più grandi del trimestre (Cohere 480 milioni di dollari, Poolside vari round, Helsing 250 milioni "
                + "di dollari) sono andati ai laboratori.",
        "de|Die größten Finanzierungsrunden des Quartals (Cohere 480 Millionen Dollar, Poolside mehrere Runden, "
                + "Helsing 250 Millionen Dollar) gingen an KI-Labore.",
        "fr|Les plus grosses levées du trimestre (Cohere 480 millions de dollars, Poolside plusieurs tours, Helsing "
                + "250 millions de dollars) sont allées aux laboratoires.",
        "es|Las mayores rondas del trimestre (Cohere 480 millones de dólares, Poolside varias rondas, Helsing 250 "
                + "millones de dólares) fueron para los laboratorios."})
    void shouldGiveEachAmountToTheNameOfItsItem(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "480000000", "USD"),
                deal("Helsing", null, "250000000", "USD")));
    }
}

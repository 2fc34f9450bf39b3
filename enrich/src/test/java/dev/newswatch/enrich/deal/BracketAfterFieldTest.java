package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round-up items written as a name, its field and a bracket that holds the amount ("Cohere in robotics ($170M),
 * Helsing in defence ($150M)", "Cohere dans le spatial (170 millions), Helsing dans la défense (150 millions)"): each
 * bracket is the deal of the name of its item.
 */
class BracketAfterFieldTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Only two rounds passed $100 million: Cohere in space robotics ($170 million) and Helsing in defence "
                + "($150 million).",
        "fr|Seules deux levées ont dépassé 100 millions : Cohere dans le spatial (170 millions de dollars) et Helsing "
                + "dans la défense (150 millions de dollars).",
        "it|Solo due round hanno superato i 100 milioni: Cohere nella robotica (170 milioni di dollari) e Helsing "
                + "nella difesa (150 milioni di dollari).",
        "es|Solo dos rondas superaron los 100 millones: Cohere en robótica espacial (170 millones de dólares) y "
                + "Helsing en defensa (150 millones de dólares)."})
    void shouldGiveEachBracketToTheNameBeforeItsField(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "170000000", "USD"),
                deal("Helsing", null, "150000000", "USD")));
    }
}

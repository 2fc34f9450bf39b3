package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal verb that a conjunction joins right after the amount ("... for $14bn and secured its founder", "... und
 * sicherte sich den Gründer") opens another predicate: the deal word before the amount keeps it, so the company
 * bought is paid, not the buyer.
 */
class CoordinatedVerbAfterAmountTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Meta recently bought 49 percent of Cohere for $14 billion and secured its founder.",
        "de|Meta erwarb kürzlich 49 Prozent von Cohere für 14 Milliarden Dollar und sicherte sich den Gründer.",
        "fr|Meta a récemment acquis 49 % de Cohere pour 14 milliards de dollars et a obtenu son fondateur.",
        "it|Meta ha acquisito il 49% di Cohere per 14 miliardi di dollari e ha ottenuto il suo fondatore.",
        "es|Meta adquirió el 49% de Cohere por 14.000 millones de dólares y consiguió a su fundador."})
    void shouldKeepTheDealWordBeforeTheAmount(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Meta", "14000000000", "USD");
    }
}

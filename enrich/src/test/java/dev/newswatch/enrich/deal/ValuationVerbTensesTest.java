package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A valuation verb in any tense before an amount makes it a valuation, not a second round: the Spanish imperfect and
 * future ("que valoraba la startup en N", "valuará") and the verbs with a joined object pronoun ("valorarla",
 * Italian "valutarla", "valutandola") were missing, so the valuation was read as a raise. The other languages' forms,
 * there already, are shown here with sentences of our own.
 */
class ValuationVerbTensesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Cohere cerró una ronda de 500 millones de dólares, que valoraba la startup en 20.000 millones de dólares.",
        "es|Cohere cerró una ronda de 500 millones de dólares, que valuará a la startup en 20.000 millones de dólares.",
        "es|Cohere cerró una ronda de 500 millones de dólares, que la valorarán en 20.000 millones de dólares.",
        "es|Cohere cerró una ronda de 500 millones de dólares que podría valorarla en 20.000 millones de dólares.",
        "it|Cohere ha chiuso un round da 500 milioni di dollari che in futuro potrebbe valutarla 20 miliardi di "
            + "dollari.",
        "it|Cohere ha raccolto 500 milioni di dollari, valutandola 20 miliardi di dollari.",
        "en|Cohere closed a $500 million round, which valued the start-up at $20 billion.",
        "fr|Cohere a levé cette année 500 millions de dollars, ce qui valorisait la start-up à 20 milliards de "
            + "dollars.",
        "it|Cohere ha chiuso un round da 500 milioni di dollari, che valutava la startup 20 miliardi di dollari.",
        "de|Cohere schloss eine Runde über 500 Millionen Dollar ab, die das Start-up mit 20 Milliarden Dollar "
            + "bewertete."})
    void theValuedAmountIsNoRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "500E6", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A price followed by "or the equivalent of" and the same money in another currency ("650 millones de euros, o el
 * equivalente a US$ 702 millones") keeps the price as written: the second amount is a conversion. "The equivalent
 * of" was missing in Spanish, English, French, Italian and German (only "equivalentes a", "equivalent to" were
 * listed), so the conversion replaced the price. Sentences of our own.
 */
class EquivalentAfterAPriceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Nvidia firmó un acuerdo para la adquisición de Cohere por un importe de 650 millones de euros, o el "
            + "equivalente a US$ 702 millones.",
        "es|Nvidia adquirirá Cohere por 650 millones de euros, el equivalente a 702 millones de dólares.",
        "en|Nvidia bought Cohere for 650 million euros, or the equivalent of $702 million.",
        "fr|Nvidia a racheté Cohere pour 650 millions d'euros, soit l'équivalent de 702 millions de dollars.",
        "it|Nvidia ha acquisito Cohere per 650 milioni di euro, pari a 702 milioni di dollari.",
        "it|Nvidia ha acquisito Cohere per 650 milioni di euro, l'equivalente di 702 milioni di dollari.",
        "de|Nvidia übernimmt Cohere für 650 Millionen Euro, umgerechnet 702 Millionen Dollar.",
        "de|Nvidia übernimmt Cohere für 650 Millionen Euro, der Gegenwert von 702 Millionen Dollar."})
    void thePriceKeepsItsOwnCurrency(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "650E6", "EUR");
    }
}

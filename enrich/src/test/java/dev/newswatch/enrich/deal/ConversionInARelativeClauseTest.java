package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same money told again in another currency by a relative clause ("$N, which in euros is about M", "que en euros
 * son unos M", "che in euro sono circa M", "ce qui représente environ M", "das sind in Euro rund M") or after a German
 * participle ("für N Dollar gekauft, umgerechnet rund M Euro") is a conversion, not a second deal. A bare amount takes
 * the currency that "in euros" / "en euros" names next to it, not the one of the amount before it: before, "22.3
 * billion" became a second purchase of $22.3 billion. Sentences of our own.
 */
class ConversionInARelativeClauseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle bought Cohere for $2.7 billion, which in euros is about 2.3 billion.",
        "en|Oracle bought Cohere for $2.7 billion, which is about 2.3 billion in euros.",
        "es|Oracle ha comprado Cohere por 2.700 millones de dólares, que en euros son unos 2.300 millones.",
        "es|Oracle compró Cohere por 2.700 millones de dólares, lo que equivale a unos 2.300 millones de euros.",
        "it|Oracle ha comprato Cohere per 2,7 miliardi di dollari, che in euro sono circa 2,3 miliardi.",
        "it|Oracle ha acquisito Cohere per 2,7 miliardi di dollari, che equivalgono a circa 2,3 miliardi di euro.",
        "fr|Oracle a racheté Cohere pour 2,7 milliards de dollars, ce qui représente environ 2,3 milliards d'euros.",
        "fr|Oracle a racheté Cohere pour 2,7 milliards de dollars, soit en euros environ 2,3 milliards.",
        "de|Oracle hat Cohere für 2,7 Milliarden Dollar gekauft, umgerechnet rund 2,3 Milliarden Euro.",
        "de|Oracle hat Cohere für 2,7 Milliarden Dollar gekauft, das sind in Euro rund 2,3 Milliarden."})
    void theSecondAmountIsTheSameMoney(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Oracle", "2.7E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle bought Cohere for 2.3 billion in euros.",
        "es|Oracle compró Cohere por 2.300 millones en euros.",
        "it|Oracle ha comprato Cohere per 2,3 miliardi in euro."})
    void aBareAmountTakesTheCurrencyNamedAfterIt(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Oracle", "2.3E9", "EUR");
    }
}

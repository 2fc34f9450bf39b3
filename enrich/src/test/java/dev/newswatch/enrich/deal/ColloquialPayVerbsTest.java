package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Colloquial verbs of paying a large sum (session 25, issue #9), in sentences of our own: German "hinblättern" (also
 * separable, "blättert ... hin") and "berappen", Italian "sborsare".
 */
class ColloquialPayVerbsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "de|Ganze 40 Milliarden Dollar will Nvidia für Cohere hinblättern.",
        "de|Nvidia blättert für Cohere 40 Milliarden Dollar hin.",
        "de|Nvidia berappt für Cohere 40 Milliarden Dollar.",
        "it|Nvidia sborsa 40 miliardi di dollari per Cohere."})
    void thePayerOfALargeSumPaysTheCompanyItIsFor(String language, String text) {
        // Given a colloquial verb of paying, the sum and the company it is for
        // When it is read
        // Then the subject pays the company
        assertOneDeal(language, text, "Cohere", "Nvidia", "40E9", "USD");
    }
}

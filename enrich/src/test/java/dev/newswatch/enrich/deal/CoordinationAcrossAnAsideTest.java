package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two names joined by "and" with a short aside after the first one, between two commas ("A, a Paris start-up, and
 * B raised $55m and $50m respectively"), are still one coordination: each name takes its amount in order. A comma
 * alone after the aside joins nothing ("A, ahead of another fund, B"). Sentences of our own in the five languages.
 */
class CoordinationAcrossAnAsideTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere, a Toronto start-up, and Mistral raised $70 million and $45 million respectively in March.",
        "en|Cohere, based in Toronto, and Mistral have raised $70 million and $45 million respectively.",
        "es|Cohere, con sede en Toronto, y Mistral han conseguido 70 y 45 millones de dólares, respectivamente.",
        "es|Cohere, la startup canadiense, y Mistral captaron 70 y 45 millones de dólares, respectivamente.",
        "it|Cohere, con sede a Toronto, e Mistral hanno raccolto rispettivamente 70 e 45 milioni di dollari.",
        "fr|Cohere, basée à Toronto, et Mistral ont levé respectivement 70 et 45 millions de dollars en mars.",
        "de|Cohere, ein Start-up aus Toronto, und Mistral haben 70 bzw. 45 Millionen Dollar eingesammelt."})
    void eachNameOfACoordinationWithAnAsideTakesItsAmount(String language, String text) {
        assertDeals(language, text,
                List.of(deal("Cohere", null, "70E6", "USD"), deal("Mistral AI", null, "45E6", "USD")));
    }
}

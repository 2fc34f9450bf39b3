package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A named company's round noun and its amount, then "with" a company ("Cohere cerró un financiamiento de N con
 * Nvidia"): the company the round is closed with pays it, as after a raise verb ("Cohere capta N con Nvidia").
 * Sentences of our own (docs/EXTRACTION.md, session 23).
 */
class RoundClosedWithAnInvestorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Cohere cerró un financiamiento de 55 millones de dólares con Nvidia.",
        "es|La canadiense Cohere anunció el cierre de una ronda de 55 millones de dólares con Nvidia.",
        "es|Cohere cerró un financiamiento por 55 millones de dólares con Nvidia.",
        "it|Cohere ha chiuso un finanziamento da 55 milioni di dollari con Nvidia.",
        "fr|Cohere a bouclé un financement de 55 millions de dollars avec Nvidia."})
    void theCompanyARoundIsClosedWithPaysIt(String language, String text) {
        // Given: a named company, a round noun with its amount after it, and a company after "with" right behind it
        // When: the sentence is read
        // Then: the company after "with" is the investor of the round
        assertOneDeal(language, text, "Cohere", "Nvidia", "55E6", "USD");
    }
}

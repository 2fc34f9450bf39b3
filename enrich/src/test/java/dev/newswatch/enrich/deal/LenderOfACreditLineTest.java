package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lender of a credit line or a loan named with "with" in the sentence of its amount pays it ("secured a $200m
 * credit line with X", "ha ottenuto una linea di credito da N con X", "a obtenu une ligne de crédit de N avec X",
 * "consiguió una línea de crédito de N con X", "hat sich einen Kredit über N bei X gesichert"). A credit line told in
 * another sentence is another deal and names no payer of the amount. Sentences of our own in the five languages.
 */
class LenderOfACreditLineTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere secured a $300 million credit line with Thrive Capital to expand in Asia.|USD",
        "en|Cohere has signed a $300 million loan agreement with Thrive Capital.|USD",
        "it|Cohere ha ottenuto una linea di credito da 300 milioni di euro con Thrive Capital.|EUR",
        "fr|Cohere a obtenu une ligne de crédit de 300 millions d'euros avec Thrive Capital.|EUR",
        "es|Cohere consiguió una línea de crédito de 300 millones de euros con Thrive Capital.|EUR",
        "es|Cohere capta 300 millones de euros en créditos con Thrive Capital para crecer.|EUR",
        "de|Cohere hat sich einen Kredit über 300 Millionen Euro bei Thrive Capital gesichert.|EUR"})
    void theLenderNamedWithTheCreditLinePaysIt(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Thrive Capital", "300E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere raised $300 million from its founders. It also signed a credit line with Thrive Capital.",
        "es|Cohere recaudó 300 millones de dólares. También firmó una línea de crédito con Thrive Capital."})
    void aCreditLineInAnotherSentenceNamesNoPayer(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "300E6", "USD");
    }
}

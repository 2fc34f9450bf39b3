package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investor that joined another company's round with an amount, told in a compound tense ("had already taken part
 * in X's round with N", "había participado en la ronda de financiación de X con N", "hatte sich mit N an der
 * Finanzierungsrunde von X beteiligt"): the subject pays and the company named after the round is paid, as in the
 * simple past. Before, the company after "de" or "von" was read as the source of the money and the subject as the
 * one paid. Sentences of our own in the five languages.
 */
class JoinedRoundInACompoundTenseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce had already taken part in Cohere's Series C round with $90 million.|USD",
        "en|Salesforce is taking part in the new round of Cohere with $90 million.|USD",
        "es|Salesforce ya había participado en la ronda de financiación Serie C de Cohere con 90 millones de "
                + "dólares.|USD",
        "es|Salesforce ha participado en la ronda de Cohere con 90 millones de euros, según la empresa.|EUR",
        "de|Salesforce hatte sich bereits mit 90 Millionen Dollar an der Finanzierungsrunde von Cohere beteiligt.|USD",
        "de|Salesforce hat sich im Mai mit 90 Millionen Euro an der Runde von Cohere beteiligt.|EUR",
        "it|Salesforce aveva già partecipato al round di finanziamento di Cohere con 90 milioni di dollari.|USD",
        "fr|Salesforce avait déjà participé au tour de financement de Cohere avec 90 millions de dollars.|USD"})
    void theInvestorThatJoinedPaysTheCompanyOfTheRound(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Salesforce", "90E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Cohere hat sich 90 Millionen Dollar gesichert, an der Runde hat sich Salesforce nicht beteiligt.",
        "es|Cohere ha recaudado 90 millones de dólares en una ronda liderada por Salesforce."})
    void aRaiseKeepsItsReading(String language, String text) {
        String investor = text.contains("liderada") ? "Salesforce" : null;
        assertOneDeal(language, text, "Cohere", investor, "90E6", "USD");
    }
}

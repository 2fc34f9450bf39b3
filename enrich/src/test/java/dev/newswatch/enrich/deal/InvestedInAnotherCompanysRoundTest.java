package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investor that put money into another company's round, the round being the object of its paying verb ("X invested
 * in Y's $200m round", "X ha investito nel round da N di Y", "X a investi dans le tour de table de N de Y", "X invirtió
 * en la ronda de N de Y", "X investierte in die Finanzierungsrunde von Y über N"): the subject pays and the company of
 * the round is paid. Before, the subject was read as the one raising the round. Sentences of our own.
 */
class InvestedInAnotherCompanysRoundTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce invested in Cohere's $200 million round.|USD",
        "en|Last year Salesforce invested in the $200 million Series D round of Cohere.|USD",
        "it|Salesforce ha investito nel round da 200 milioni di euro di Cohere.|EUR",
        "fr|Salesforce a investi dans le tour de table de 200 millions d'euros de Cohere.|EUR",
        "es|Salesforce invirtió en la ronda de 200 millones de euros de Cohere.|EUR",
        "de|Salesforce investierte in die Finanzierungsrunde von Cohere über 200 Millionen Euro.|EUR"})
    void theSubjectPaysIntoTheRoundOfTheCompanyNamedWithIt(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Salesforce", "200E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere, which invested in three start-ups last year, raised a $200 million round.",
        "it|Cohere, che ha investito in tre startup, ha chiuso un round da 200 milioni di dollari."})
    void aPayingVerbOfAnAsideLeavesTheRaiseAsItIs(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "200E6", "USD");
    }
}

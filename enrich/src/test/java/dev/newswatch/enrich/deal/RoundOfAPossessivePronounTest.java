package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A possessive pronoun right before a round noun or its amount ("its $900 million listing", "il suo round da 900
 * milioni", "sa levée de 900 millions", "su ronda de 900 millones", "seiner Finanzierungsrunde über 900 Millionen")
 * stands for the first company the clause names, also when the clause's subject is its shares and an apposition
 * follows it (naming another company in English, Italian and French): that company's round. Sentences of our own in
 * the five languages.
 */
class RoundOfAPossessivePronounTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Shares of Cohere, the rival of OpenAI, jumped 40% after its $900 million IPO.",
        "en|Shares of Cohere, the rival of OpenAI, jumped 40% after its $900 million round.",
        "it|Le azioni di Cohere, rivale di OpenAI, sono salite del 40% dopo il suo round da 900 milioni di dollari.",
        "fr|Les actions de Cohere, rival d'OpenAI, ont bondi de 40 % après sa levée de 900 millions de dollars.",
        "es|Las acciones de Cohere, la empresa canadiense, subieron un 40% tras su ronda de 900 millones de dólares.",
        "de|Die Aktien von Cohere, dem kanadischen Unternehmen, stiegen nach seiner Finanzierungsrunde über 900 "
                + "Millionen Dollar."})
    void theRoundIsThatOfTheFirstCompanyTheClauseNames(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "900E6", "USD");
    }
}

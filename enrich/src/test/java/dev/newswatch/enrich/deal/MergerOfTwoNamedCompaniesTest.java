package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A merger noun whose clause names two companies joined by "and", and no other before the next deal word: news name
 * the absorbing company first, so the first named pays and the second is taken over. The pair may be the noun's
 * "of", the subject of the clause, or the subject of a relative clause after the noun; a source named after
 * "according to" is no side. Before, the first name alone was read as the company merged, with no buyer (or with a
 * person of the sentence before as the buyer), in round-ups of the year's largest mergers. Sentences of our own.
 */
class MergerOfTwoNamedCompaniesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Tercera en la tabla: la fusión de Oracle y Cohere, de 16.000 millones de dólares.",
        "es|Oracle y Cohere cerraron en mayo su fusión por 16.000 millones de dólares.",
        "es|En la cima de la lista está la fusión que firmaron en mayo las tecnológicas Oracle y Cohere, por "
                + "16.000 millones de dólares, según Databricks.",
        "en|The biggest was the merger of Oracle and Cohere for $16bn.",
        "en|Oracle and Cohere agreed a merger worth $16bn.",
        "fr|La fusion de Oracle et Cohere, pour 16 milliards de dollars, est la plus grande de l'année.",
        "it|La fusione di Oracle e Cohere, da 16 miliardi di dollari, è la più grande dell'anno."})
    void theFirstNamedTakesOverTheSecond(String language, String text) {
        // Given a merger of two companies joined by "and"; When the sentence is read; Then the first pays the second
        assertOneDeal(language, text, "Cohere", "Oracle", "16E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|La compra de Cohere y Helsing por Oracle costó 16.000 millones de dólares."})
    void aPurchaseOfTwoCompaniesIsNoMerger(String language, String text) {
        // Given a purchase (no merger) of two companies joined by "and" with its buyer after "by"
        // When the sentence is read; Then the buyer after "by" pays, not the first of the pair
        assertOneDeal(language, text, "Cohere", "Oracle", "16E9", "USD");
    }
}

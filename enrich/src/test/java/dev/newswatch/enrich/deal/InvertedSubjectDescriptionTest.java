package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German verb-second clauses with a fronted adverbial, in sentences of our own: right after a purchase verb, a
 * description of the subject ("der Konzern") followed by the one name of the clause is the subject
 * and the name is the company bought ("Damals erwarb der Konzern X für N"). With another name to buy after it, the
 * description and the name stay one subject ("übernahm der Softwarekonzern Salesforce die Firma X"). The inversion
 * is German only.
 */
class InvertedSubjectDescriptionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Google ist ein Riese. Damals erwarb der Konzern Cohere für 5,4 Milliarden Dollar.|Google",
        "de|Google ist ein Riese. Bereits vor zwei Jahren kaufte der Konzern Cohere für 5,4 Milliarden Dollar.|Google",
        "de|Google ist ein Riese. Im Mai übernahm der Softwarekonzern Salesforce die Firma Cohere für 5,4 Milliarden "
                + "Dollar.|Salesforce"})
    void theDescriptionAfterTheVerbIsTheBuyer(String language, String text, String buyer) {
        assertOneDeal(language, text, "Cohere", buyer, "5.4E9", "USD");
    }
}

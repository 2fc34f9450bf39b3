package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company whose name ends in "s" as the subject of a deal in a compound tense or a subordinate clause, in sentences
 * of our own in the five languages. German owns with a bare "s" ("SoftBanks Chipentwickler Arm"), but what such a
 * genitive owns never begins with an article or a finite auxiliary: in "Databricks hat das Start-up X gekauft" and
 * "dass Databricks die Firma X kauft" the name is the buyer, not the owner of X.
 */
class SubjectNameEndingInSTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Databricks hat das Start-up Cohere für 1,2 Milliarden Dollar gekauft.|1.2E9|USD",
        "de|Databricks hat die Firma Cohere im Mai für 1,2 Milliarden Dollar übernommen.|1.2E9|USD",
        "de|Am Montag hieß es, dass Databricks das Start-up Cohere für 1,2 Milliarden Dollar übernimmt.|1.2E9|USD",
        "de|Für 1,2 Milliarden Dollar hat Databricks den Entwickler Cohere gekauft.|1.2E9|USD",
        "de|Am Montag hieß es, dass Databricks Cohere für 1,2 Milliarden Dollar übernimmt.|1.2E9|USD",
        "de|Am Montag hieß es, dass Databricks den Entwickler Cohere für 1,2 Milliarden Dollar übernimmt.|1.2E9|USD",
        "en|Databricks has bought the start-up Cohere for $1.2 billion.|1.2E9|USD",
        "fr|Databricks a racheté la start-up Cohere pour 1,2 milliard de dollars.|1.2E9|USD",
        "it|Databricks ha acquisito la startup Cohere per 1,2 miliardi di dollari.|1.2E9|USD",
        "es|Databricks ha comprado la startup Cohere por 1.200 millones de dólares.|1.2E9|USD"})
    void theNameBeforeAnAuxiliaryOrAnArticleIsTheBuyer(String language, String text, String amount,
                                                        String currency) {
        assertOneDeal(language, text, "Cohere", "Databricks", amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|SoftBanks Chipentwickler Arm sammelt 900 Millionen Dollar ein.|Arm|900E6",
        "de|Databricks neuer Partner Cohere sammelt 900 Millionen Dollar ein.|Cohere|900E6"})
    void aBareGenitiveBeforeANounStillOnlyOwns(String language, String text, String target, String amount) {
        assertOneDeal(language, text, target, null, amount, "USD");
    }
}

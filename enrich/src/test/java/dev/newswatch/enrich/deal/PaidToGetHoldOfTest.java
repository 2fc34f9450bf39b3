package dev.newswatch.enrich.deal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A price paid to get hold of a company, told with a verb of taking ("pagó N para hacerse de X", "paid N to take
 * over X"): the subject buys the company. Spanish has two forms of the idiom, "hacerse con" and, in Latin America,
 * "hacerse de". Sentences of our own in the five languages.
 */
class PaidToGetHoldOfTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Qualcomm pagó en marzo 9.000 millones de dólares para hacerse de la estadounidense Ampere.",
        "es|Qualcomm busca hacerse de Ampere por 9.000 millones de dólares.",
        "es|Qualcomm pagó 9.000 millones de dólares en marzo para hacerse con la estadounidense Ampere.",
        "en|Qualcomm paid $9 billion in March to take over American chip designer Ampere.",
        "it|Qualcomm ha pagato a marzo 9 miliardi di dollari per rilevare la statunitense Ampere.",
        "fr|Qualcomm a payé en mars 9 milliards de dollars pour mettre la main sur l'américain Ampere.",
        "de|Qualcomm zahlte im März 9 Milliarden Dollar, um sich den amerikanischen Chipentwickler Ampere zu "
            + "sichern."})
    void theSubjectBuysTheCompanyItPaysToGetHoldOf(String language, String text) {
        DealCases.assertFound(language, text, "ampere <- qualcomm 9000000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|La empresa se hace de noche un lugar en un mercado de 23.500 millones de dólares."})
    void theIdiomWithNoCompanyAfterItIsNoPurchase(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}

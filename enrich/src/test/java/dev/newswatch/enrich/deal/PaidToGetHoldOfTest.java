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
        "es|Nvidia pagó en septiembre 40.000 millones de dólares para hacerse de la británica Arm.",
        "es|Nvidia busca hacerse de Arm por 40.000 millones de dólares.",
        "es|Nvidia pagó en septiembre 40.000 millones de dólares para hacerse con la británica Arm.",
        "en|Nvidia paid $40 billion in September to take over British chip designer Arm.",
        "it|Nvidia ha pagato a settembre 40 miliardi di dollari per rilevare la britannica Arm.",
        "fr|Nvidia a payé en septembre 40 milliards de dollars pour mettre la main sur le britannique Arm.",
        "de|Nvidia zahlte im September 40 Milliarden Dollar, um sich den britischen Chipentwickler Arm zu sichern."})
    void theSubjectBuysTheCompanyItPaysToGetHoldOf(String language, String text) {
        DealCases.assertFound(language, text, "arm <- nvidia 40000000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|La empresa se hace de noche un lugar en un mercado de 40.000 millones de dólares."})
    void theIdiomWithNoCompanyAfterItIsNoPurchase(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Everyday verbs of news for putting money into a company, raising it and buying a company, found missing by a grid of
 * plain sentences (one subject, one verb, one amount) in the five languages: "put $N in X", "sank $N in X", "scooped
 * up X", "swallowed X"; "a réuni", "rafle", "place N dans X", "mise N sur X", "prend le contrôle de X", "s'empare de
 * X"; "mete / destina N en / a X", "se ha hecho con X"; "si aggiudica X", "si è comprata X", "si porta a casa X".
 * Sentences of our own.
 */
class CommonDealVerbsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|SoftBank put $500 million in Helsing.|Helsing|SoftBank|500E6|USD",
        "en|SoftBank has sunk $500 million in Helsing.|Helsing|SoftBank|500E6|USD",
        "fr|SoftBank place 500 millions d'euros dans Helsing.|Helsing|SoftBank|500E6|EUR",
        "fr|SoftBank a misé 500 millions d'euros sur Helsing.|Helsing|SoftBank|500E6|EUR",
        "es|SoftBank mete 500 millones de euros en Helsing.|Helsing|SoftBank|500E6|EUR",
        "es|SoftBank destina 500 millones de euros a Helsing.|Helsing|SoftBank|500E6|EUR"})
    void moneyPutIntoACompany(String language, String text, String target, String investor, String amount,
                              String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Helsing a réuni 500 millions d'euros.|Helsing|500E6|EUR",
        "fr|Helsing rafle 500 millions d'euros.|Helsing|500E6|EUR"})
    void moneyRaised(String language, String text, String target, String amount, String currency) {
        assertOneDeal(language, text, target, null, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Salesforce scooped up Helsing for $2 billion.|Helsing|Salesforce|2E9|USD",
        "en|Salesforce swallows Helsing for $2 billion.|Helsing|Salesforce|2E9|USD",
        "fr|Salesforce prend le contrôle de Helsing pour 2 milliards d'euros.|Helsing|Salesforce|2E9|EUR",
        "fr|Salesforce s'empare de Helsing pour 2 milliards d'euros.|Helsing|Salesforce|2E9|EUR",
        "es|Salesforce se ha hecho con Helsing por 2.000 millones de euros.|Helsing|Salesforce|2E9|EUR",
        "it|Salesforce si aggiudica Helsing per 2 miliardi di euro.|Helsing|Salesforce|2E9|EUR",
        "it|Salesforce si è comprata Helsing per 2 miliardi di euro.|Helsing|Salesforce|2E9|EUR",
        "it|Salesforce si porta a casa Helsing per 2 miliardi di euro.|Helsing|Salesforce|2E9|EUR"})
    void companyBought(String language, String text, String target, String buyer, String amount, String currency) {
        assertOneDeal(language, text, target, buyer, amount, currency);
    }
}

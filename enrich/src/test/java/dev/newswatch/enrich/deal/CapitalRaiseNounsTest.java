package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nouns of a raise of capital other than "round" (session 18): a capital increase ("aumento di capitale",
 * "augmentation de capital", "ampliación de capital", "Kapitalerhöhung"), a private placement ("collocamento
 * privato", "placement privé", "colocación privada", "Privatplatzierung"), and in English a cash infusion and venture
 * debt. With no deal verb in the sentence, the noun alone makes the amount the raise of the company that announces
 * it, paid by the lead named after it.
 */
class CapitalRaiseNounsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing announced a $400 million capital increase subscribed by Sequoia Capital.|4E8|USD",
        "en|Helsing announced a $400 million private placement led by Sequoia Capital.|4E8|USD",
        "en|Helsing announced a $400 million cash infusion from Sequoia Capital.|4E8|USD",
        "en|Helsing announced $400 million in venture debt from Sequoia Capital.|4E8|USD",
        "it|Helsing ha annunciato un aumento di capitale da 400 milioni di euro sottoscritto da Sequoia "
                + "Capital.|4E8|EUR",
        "it|Helsing ha annunciato un collocamento privato da 400 milioni di euro guidato da Sequoia Capital.|4E8|EUR",
        "fr|Helsing a annoncé une augmentation de capital de 400 millions d'euros souscrite par Sequoia "
                + "Capital.|4E8|EUR",
        "fr|Helsing a annoncé un placement privé de 400 millions d'euros mené par Sequoia Capital.|4E8|EUR",
        "es|Helsing anunció una ampliación de capital de 400 millones de euros suscrita por Sequoia "
                + "Capital.|4E8|EUR",
        "es|Helsing anunció una colocación privada de 400 millones de euros liderada por Sequoia Capital.|4E8|EUR",
        "de|Helsing kündigte eine Kapitalerhöhung über 400 Millionen Euro an, gezeichnet von Sequoia "
                + "Capital.|4E8|EUR",
        "de|Helsing kündigte eine Privatplatzierung über 400 Millionen Euro an, angeführt von Sequoia "
                + "Capital.|4E8|EUR"})
    void theNounAloneMakesTheRaiseOfTheCompanyThatAnnouncesIt(String language, String text, String amount,
                                                              String currency) {
        assertOneDeal(language, text, "Helsing", "Sequoia Capital", amount, currency);
    }
}

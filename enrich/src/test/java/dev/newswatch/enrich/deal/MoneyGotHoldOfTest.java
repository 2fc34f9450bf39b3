package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish "hacerse con" is "to get hold of": with a company after it the subject buys it, with a sum of money right
 * after it the subject raised that sum ("X se hizo con 90 millones en su nueva ronda"). The money reading is a raise
 * cue listed before the purchase one, so it wins where the amount follows (docs/EXTRACTION.md, session 21). Sentences
 * of our own.
 */
class MoneyGotHoldOfTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing se hizo con 450 millones de euros en su última ronda.",
        "Helsing se ha hecho con 450 millones de euros para crecer en Europa.",
        "La mayor ronda del año la cerró Helsing, que se hizo con 450 millones de euros.",
        "Helsing quiere hacerse con más de 450 millones de euros este año."})
    void aSumAfterHacerseConIsRaised(String text) {
        assertOneDeal("es", text, "Helsing", null, "450E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing se hizo con 450 millones de euros en una ronda liderada por General Catalyst."})
    void theLeadOfTheRoundStillPays(String text) {
        assertOneDeal("es", text, "Helsing", "General Catalyst", "450E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce se hizo con Informatica por 8.000 millones de dólares."})
    void aCompanyAfterHacerseConIsBought(String text) {
        assertOneDeal("es", text, "Informatica", "Salesforce", "8E9", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money lent or put at a company's disposal, in sentences of our own in the five languages: the one who lends or
 * provides the money pays ("stellt X ein Darlehen über N zur Verfügung", "a prêté N à X", "met à la disposition de X
 * un prêt de N", "ha prestato", "prestó", "lent"). Goods put at someone's disposal stay a supply.
 */
class MoneyLentOrPutAtDisposalTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|SoftBank stellt Helsing ein Darlehen über 250 Millionen Euro zur Verfügung.",
        "de|Im Rahmen des Programms stellt SoftBank dem Start-up Helsing 250 Millionen Euro zur Verfügung.",
        "de|SoftBank hat Helsing 250 Millionen Euro zur Verfügung gestellt.",
        "de|SoftBank hat Helsing ein Darlehen über 250 Millionen Euro zur Verfügung gestellt.",
        "de|SoftBank leiht Helsing 250 Millionen Euro.",
        "fr|SoftBank a prêté 250 millions d'euros à Helsing.",
        "fr|SoftBank met à la disposition de Helsing un prêt de 250 millions d'euros.",
        "it|SoftBank ha prestato 250 milioni di euro a Helsing.",
        "it|SoftBank mette a disposizione di Helsing un prestito di 250 milioni di euro.",
        "es|SoftBank prestó 250 millones de euros a Helsing.",
        "es|SoftBank pone a disposición de Helsing un préstamo de 250 millones de euros.",
        "en|SoftBank lent €250 million to Helsing."})
    void theLenderPays(String language, String text) {
        assertOneDeal(language, text, "Helsing", "SoftBank", "250E6", "EUR");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal told without an amount, then a sentence on what a company sells, then the price referred to ("Der Deal soll N
 * wert sein"): a sale that names no buyer between them tells the company's business, and the price is the
 * deal's with both sides told before it (a construction of batch 20 of session 31: a stake bought, then the
 * company's business, then the price). With no such deal before it, a sale with no buyer still takes the price as it
 * did. Sentences of our own.
 */
class GermanDealReferredPastASaleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAP kaufte 30 Prozent an Aleph Alpha. Aleph Alpha verkauft Software an Banken. Der Deal soll 18 Millionen Euro wert sein.",
        "SAP kaufte Aleph Alpha. Das Start-up verkauft Sprachmodelle. Der Kaufpreis beträgt 18 Millionen Euro.",
        "SAP kaufte Aleph Alpha. Helsing verkauft Drohnen. Der Kaufpreis beträgt 18 Millionen Euro."})
    void theDealWithBothSidesBeforeTheSale(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "18E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing verkauft seine Drohnensparte. Der Kaufpreis beträgt 18 Millionen Euro.",
        "Helsing verkauft seine Drohnensparte. Der Deal soll 18 Millionen Euro wert sein."})
    void aSaleWithNoBuyerStillTakesThePriceAlone(String text) {
        assertOneDeal("de", text, "Helsing", null, "18E6", "EUR");
    }
}

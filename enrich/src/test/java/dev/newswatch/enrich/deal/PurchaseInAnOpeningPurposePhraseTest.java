package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A purchase infinitive in an opening purpose phrase ("Per rilevare il 60% di X, Y ha messo sul piatto N", "Para
 * quedarse con X, Y pagó N", "Pour racheter X, Y a déboursé N") is made by the name right after the phrase's comma:
 * that name is the buyer, not left out.
 */
class PurchaseInAnOpeningPurposePhraseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Per rilevare il 60% di Cohere, Salesforce ha messo sul piatto 240 milioni di euro.|240E6|EUR|Salesforce",
        "es|Para quedarse con Cohere, Oracle pagó 900 millones de dólares.|900E6|USD|Oracle",
        "fr|Pour racheter Cohere, Salesforce a déboursé 750 millions de dollars.|750E6|USD|Salesforce"})
    void shouldGiveThePurchaseToTheNameAfterTheComma(String language, String text, String amount, String currency,
                                                    String buyer) {
        // Given an opening purpose phrase that buys a company, and the payer after its comma
        // When / Then the payer buys it
        assertOneDeal(language, text, "Cohere", buyer, new BigDecimal(amount).toPlainString(), currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Para financiar la compra, Oracle pidió un crédito de 900 millones de dólares."})
    void shouldFindNoPurchaseWhenThePhraseBuysNoCompany(String language, String text) {
        // Given an opening purpose phrase with no company bought
        // When / Then
        assertTrue(extract(language, text).stream().noneMatch(d -> d.investor() != null
                && "Oracle".equals(d.investor().name())), language + " \"" + text + "\"");
    }
}

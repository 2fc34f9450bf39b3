package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Compraventa" and "compravendita", a sale told from both sides, are purchase nouns like "compra": the company after
 * "of" is bought, the one after "by" buys. Before, an item of a ranking of purchases told with this noun gave no deal.
 * Sentences of our own.
 */
class SaleToldFromBothSidesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|En marzo se cerró la compraventa de Cohere por Oracle, por un valor de 4.500 millones de dólares.",
        "it|A marzo è stata firmata la compravendita di Cohere da parte di Oracle per 4,5 miliardi di dollari."})
    void theCompanyAfterOfIsBought(String language, String text) {
        // Given a sale noun told from both sides; When the sentence is read; Then the buyer after "by" pays
        assertOneDeal(language, text, "Cohere", "Oracle", "4.5E9", "USD");
    }
}

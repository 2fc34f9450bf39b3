package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * "X's founders will each sell about $2 million of shares": what each of a company's people sells is no deal of the
 * company; a sale of its founders together, with a buyer, still is.
 */
class SharesEachFounderSellsTest {

    @Test
    void shouldFindNoDealInWhatEachFounderSells() {
        // Given a sum each founder sells
        String text = "Databricks's founders plan to each sell roughly $3 million of stock, a filing shows.";

        // When / Then
        assertTrue(extract("en", text).isEmpty(), text);
    }

    @Test
    void shouldKeepASaleOfTheFoundersTogether() {
        // Given the founders' shares sold together to a buyer
        String text = "Cohere's founders sold $40 million of shares to SoftBank.";

        // When / Then
        assertOneDeal("en", text, "Cohere", "SoftBank", "40000000", "USD");
    }
}

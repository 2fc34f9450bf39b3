package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A buyer that sold the company on later in the same sentence ("X bought Y for N before selling it to Z for M"): the
 * pronoun after the verb of selling is Y, so Z bought Y for M; the seller X is not the company sold.
 */
class CompanySoldOnByItsBuyerTest {

    @Test
    void shouldGiveTheSecondPriceToTheCompanySoldOn() {
        // Given a purchase and the later sale of the same company, told with "it"
        String text = "Thrive Capital had bought Korvia Labs for $900 million in 2019 before selling it to Salesforce"
                + " for $2.1 billion in 2023.";

        // When / Then each price is a purchase of Korvia Labs, by its buyer of the time
        assertDeals("en", text, List.of(
                deal("Korvia Labs", "Thrive Capital", "900000000", "USD"),
                deal("Korvia Labs", "Salesforce", "2100000000", "USD")));
    }

    @Test
    void shouldKeepTheCompanyNamedAfterTheVerbOfSelling() {
        // Given a sale that names the company sold after the verb
        String text = "Google sold Korvia Labs to Salesforce for $700 million.";

        // When / Then the named company is sold
        DealCases.assertOneDeal("en", text, "Korvia Labs", "Salesforce", "700000000", "USD");
    }
}

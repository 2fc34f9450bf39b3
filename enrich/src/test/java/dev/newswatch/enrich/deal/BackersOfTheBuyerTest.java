package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The backers of a buyer named in an aside after it (session 31): "Cohere was acquired by Salesforce, a company
 * backed by Nvidia, for $300m": the amount is the purchase's, the buyer pays it, the backer describes the buyer. Sentences
 * of our own.
 */
class BackersOfTheBuyerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere has been acquired by Salesforce, a company backed by Nvidia, for $300 million.",
        "Cohere has been acquired by Salesforce, which is backed by Nvidia, for $300 million.",
        "Salesforce, a company backed by Nvidia, has acquired Cohere for $300 million.",
        "Salesforce, backed by Nvidia, agreed to buy Cohere for $300 million."})
    void theBuyerPaysNotItsBacker(String text) {
        // Given a purchase whose buyer is described by its backers in an aside
        // When the deal is read
        // Then the buyer pays for the company bought
        assertOneDeal("en", text, "Cohere", "Salesforce", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poolside raised $300 million, backed by Nvidia and SoftBank.|Poolside|Nvidia|300E6",
        "Cohere, backed by Nvidia, raised $300 million.|Cohere||300E6"})
    void aRoundToldWithItsBackersStaysARound(String text, String target, String investor, String amount) {
        // Given a round told with backers, after the amount or in an apposition right after the company
        // When the deal is read
        // Then it stays the round of that company: backers after the amount took part in it, those of the
        // apposition describe the company
        assertOneDeal("en", text, target, investor, amount, "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A purchase whose price is told as the value it puts on the company bought ("in a deal that values it at N",
 * "valuing the group at N", "implying an enterprise value of N", "for an equity value of N"): after a buying word of
 * the clause, that amount is the price, not a valuation, when any amount before it is the price of one share. A
 * round "valuing the company at N" stays a valuation: its raise is the deal. Sentences of our own.
 */
class PurchasePriceToldAsAValueTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Microsoft agreed to buy Poolside in a deal that values the code assistant maker at $6.6 billion."
                + "|Poolside|Microsoft|6.6E9",
        "en|Microsoft agreed to acquire Poolside in a transaction valuing the start-up at $6.6 billion, including debt."
                + "|Poolside|Microsoft|6.6E9",
        "en|Microsoft will pay $41 a share for Poolside, implying an enterprise value of about $9.3 billion."
                + "|Poolside|Microsoft|9.3E9",
        "en|Microsoft said it would acquire Poolside for an equity value of $1.9 billion.|Poolside|Microsoft|1.9E9",
        // the value after a raise stays the round's valuation
        "en|Poolside raised $300 million from Microsoft in a round valuing the company at $4 billion."
                + "|Poolside|Microsoft|3E8"})
    void theValueAfterABuyingWordIsThePrice(String language, String text, String target, String investor,
                                            String amount) {
        // Given a purchase told with the value it puts on the company
        // When / Then that value is the deal's amount
        assertOneDeal(language, text, target, investor, amount, "USD");
    }
}

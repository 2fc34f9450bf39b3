package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The money a stock market listing raised is a funding of the company listed, as the labels of real news count it
 * (batch 15): the listing noun right after its amount ("its $900 million IPO", "a $900 million initial public
 * offering", "its $900 million listing"), an offering "that raised" the amount, the amount raised "in its IPO". The
 * money a listing is only hoped to bring in, and the listing's price, stay no deal. English sentences of our own.
 */
class MoneyRaisedInAListingTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere went public in Toronto on Tuesday in a $900 million IPO.",
        "Cohere's $900 million initial public offering was oversubscribed eight times.",
        "Cohere completed its $900 million listing on the Toronto exchange.",
        "Cohere shares opened 30% higher, after an initial public offering that raised $900 million.",
        "Cohere raised $900 million in its IPO last week."})
    void theMoneyAListingRaisedFundsTheCompanyListed(String text) {
        assertOneDeal("en", text, "Cohere", null, "900E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere said it raised $900 million in a share sale to institutional investors.",
        "Cohere raised $900 million in a share offering on Tuesday.",
        "Cohere raised $900 million through a share placement with funds in Asia.",
        "Cohere, the Toronto maker of language models, raised $900 million in a share issue."})
    void theMoneyASaleOfNewSharesRaisedFundsTheCompanyThatSoldThem(String text) {
        // "a share" before sale, offering, placement or issue is no price per share
        assertOneDeal("en", text, "Cohere", null, "900E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere hopes its IPO will bring in more, and expects its listing to raise $900 million.",
        "Cohere set the price of its IPO at $24 a share.",
        "Cohere gave no date for its listing, and its rivals' IPOs have stalled."})
    void moneyAListingIsHopedToBringInAndItsPriceAreNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("en", text), text);
    }
}

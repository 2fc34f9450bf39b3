package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a buyer pays for a deal ("will finance the purchase with N borrowed from banks", "will fund the takeover through N of
 * new bonds") is no deal of its own: the purchase told before stays the one deal. English sentences of our own.
 */
class MoneyThatPaysForADealTest {

    @Test
    void theMoneyThatFinancesAPurchaseIsNoSecondDeal() {
        assertOneDeal("en", "Samsung agreed to buy Arm for $6 billion. Samsung will finance the purchase with $5 "
                + "billion borrowed from three banks, the rest from its reserves.", "Arm", "Samsung", "6E9", "USD");
    }

    @Test
    void debtRaisedToFundADealIsNoDeal() {
        String text = "Samsung said it would fund the takeover through $4 billion of new bonds.";
        assertEquals(List.of(), DealCases.extract("en", text), text);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Annual recurring revenue ("ARR") and a revenue run rate are what a company earns, not money it raised, even in a
 * clause that also speaks of funding; a round told next to them stays a round. English sentences of our own.
 */
class RecurringRevenueIsNoDealTest {

    @Test
    void recurringRevenueNextToAFundingWordIsNoDeal() {
        String text = "Cohere grew to $120 million ARR with 60 staff and no venture funding at all.";
        assertEquals(List.of(), DealCases.extract("en", text), text);
    }

    @Test
    void aRoundToldWithTheRunRateStaysARound() {
        assertOneDeal("en", "Cohere raised $450 million in new funding, and its run rate has passed $70 million.",
                "Cohere", null, "450E6", "USD");
    }
}

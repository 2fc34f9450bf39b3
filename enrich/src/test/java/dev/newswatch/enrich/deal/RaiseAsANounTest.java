package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Raise" as a noun is a round: right after its amount ("its $300 million raise") or after a kind of money ("an
 * equity raise", "a Series C raise"). As a round noun it takes the round's lead, also when the lead is named with its
 * share ("led by a $200 million investment from X": X leads the whole round and pays its share). English sentences of
 * our own.
 */
class RaiseAsANounTest {

    @Test
    void theLeadNamedWithItsShareLeadsTheWholeRaise() {
        assertDeals("en", "Poolside has closed a $300 million equity raise, led by a $200 million investment from "
                + "General Catalyst.", List.of(deal("Poolside", "General Catalyst", "300E6", "USD"),
                deal("Poolside", "General Catalyst", "200E6", "USD")));
    }

    @Test
    void aRaiseRightAfterItsAmountIsTheCompanysRound() {
        assertOneDeal("en", "Poolside's $300 million raise was led by Thrive Capital.", "Poolside", "Thrive Capital",
                "300E6", "USD");
        assertOneDeal("en", "Poolside closed a $300 million Series C raise this week.", "Poolside", null, "300E6",
                "USD");
    }
}

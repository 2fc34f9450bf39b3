package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two deals told in one sentence as relative clauses after "con" and joined by "e" ("..., con la X che ha rilevato Y per
 * N da Z e la W che ha comprato V per M"): each buyer pays for its own purchase; the one named after "con" is the
 * subject of its relative clause, not the other side of a deal, and the seller after "da" pays nothing. Italian
 * sentences of our own.
 */
class RelativeClausesJoinedByAndTest {

    @Test
    void eachRelativeClauseAfterConKeepsItsOwnBuyer() {
        assertDeals("it", "Il settore dei chip si concentra, con la Nvidia che ha acquistato Arm per 30 miliardi di dollari "
                        + "da SoftBank e la Qualcomm che ha comprato Ampere per 6 miliardi di dollari.",
                List.of(deal("Arm", "Nvidia", "3E10", "USD"), deal("Ampere", "Qualcomm", "6E9", "USD")));
    }

    @Test
    void aSecondRelativeClauseWithoutArticleOpensItsOwnDeal() {
        assertDeals("it", "Il software cambia padrone, con Salesforce che ha acquistato Informatica per 8 miliardi di "
                        + "dollari e Intel che ha comprato Silo AI per 700 milioni di dollari.",
                List.of(deal("Informatica", "Salesforce", "8E9", "USD"), deal("Silo AI", "Intel", "7E8", "USD")));
    }

    @Test
    void conBeforeTheOtherSideOfAContractStaysThatSide() {
        assertOneDeal("it", "OpenAI ha firmato un accordo da 10 miliardi di dollari con Oracle per il cloud.",
                "Oracle", "OpenAI", "1E10", "USD");
    }
}

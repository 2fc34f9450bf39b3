package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * English constructions of real news (docs/EXTRACTION.md, session 9) in sentences of our own: a part of a price
 * that goes to someone else, a running total told with "has already raised", the other side of a contract in
 * apposition after a description and a comma, "led the pack" as no round lead, and a description written with an
 * en dash ("the Paris–based company").
 */
class EnglishNewsConstructionsTest {

    @Test
    void aPartOfThePriceThatGoesToTheStaffIsNoDealOfItsOwn() {
        assertOneDeal("en", "Nvidia will pay roughly $650 million for Poolside, of which the start-up's engineers "
                + "will get $180 million in retention awards.", "Poolside", "Nvidia", "650E6", "USD");
    }

    @Test
    void aRunningTotalToldWithHasAlreadyRaisedIsNoDeal() {
        assertDeals("en", "Cohere has already raised over $1.5 billion from investors, more than most of its peers.",
                List.of());
    }

    @Test
    void aRoundThatHadAlreadyBeenRaisedStaysADeal() {
        assertOneDeal("en", "Started in the spring, Cohere had already raised $120 million in a seed round in July.",
                "Cohere", null, "120E6", "USD");
    }

    @Test
    void theOtherSideOfAContractInAppositionAfterADescription() {
        assertOneDeal("en", "Anthropic has signed a four-year, $8.2 billion contract with GPU-rich cloud service, "
                + "CoreWeave, two people said.", "CoreWeave", "Anthropic", "8.2E9", "USD");
    }

    @Test
    void ledThePackIsNoLeadOfTheRound() {
        assertOneDeal("en", "Poolside led the pack this week with a $400 million Series B co-led by Index Ventures, "
                + "valuing it at about $3 billion.", "Poolside", "Index Ventures", "400E6", "USD");
    }

    @Test
    void aDescriptionWrittenWithAnEnDashStandsForTheCompanyOfTheRound() {
        assertOneDeal("en", "Salesforce is leading a new funding round in Hugging Face at a valuation above "
                + "$5 billion, people familiar said. The $250 million round would lift the share price of the "
                + "Brooklyn–based company.", "Hugging Face", "Salesforce", "250E6", "USD");
    }
}

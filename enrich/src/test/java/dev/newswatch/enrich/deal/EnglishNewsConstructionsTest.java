package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * English constructions of real news (docs/EXTRACTION.md, session 10), in sentences of our own: parts of a price
 * paid in a stated form or at a stated time, a fund's size with a word before "fund", a division's revenue, a
 * contract's option to spend more, one investor's share of a round told before or in the same sentence, equity
 * received in a company, a government joined to the company it pays, a government that no one pays, a dollar sign
 * with its currency after the amount, a project's size, a company named before a person's role, an amount added
 * with "plus", a company named together with the one bought, a name far after an acquisition noun, and a
 * description that stands for the company described with the same noun before, a possessive after an acquisition
 * noun, a budget administered, one round told first with one amount, then with a range around it, and money "put
 * in" by an investor that anchors a round, a round "in" the company named right after it, and the total value of a
 * lease.
 */
class EnglishNewsConstructionsTest {

    /** Entity ids of the test table that only invest or govern, as ArticleEnricher reads them from entity types. */
    private static final Set<String> INVESTS_ONLY = Set.of("commerce", "sequoia", "index");

    private static List<Deal> withTypes(String text) {
        return DealCases.EXTRACTOR.extract(text, "en", DealCases.FINDER.find(text), id -> false,
                INVESTS_ONLY::contains);
    }

    @Test
    void partsOfAPricePaidInStockCashOrOnSigningAreNoDealsOfTheirOwn() {
        assertOneDeal("en", "Qualcomm agreed to buy Arm for $30 billion on Monday. Qualcomm is to pay $18 billion "
                + "in stock and $9 billion in cash to SoftBank. It will also pay SoftBank $3 billion on signing.",
                "Arm", "Qualcomm", "30E9", "USD");
    }

    @Test
    void theSizeOfAFundWithAWordBeforeFundIsNoDeal() {
        assertDeals("en", "Poolside is backed by a $12 billion AI fund anchored by MGX.", List.of());
    }

    @Test
    void moneyRaisedInFundsStaysADeal() {
        assertOneDeal("en", "Poolside raised $500 million in funds from Sequoia Capital last week.", "Poolside",
                "Sequoia Capital", "500E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "At Nvidia the networking division brought in $7.3 billion over the quarter.",
        "Meta's reality unit generated $1.2 billion in the last three months."})
    void whatADivisionBringsInIsRevenueNoDeal(String text) {
        assertDeals("en", text, List.of());
    }

    @Test
    void anOptionToSpendMoreLaterIsNoSecondDeal() {
        assertOneDeal("en", "CoreWeave will supply GPU capacity to Microsoft in a contract worth $9 billion, with an "
                + "option to spend up to $11 billion.", "CoreWeave", "Microsoft", "9E9", "USD");
    }

    @Test
    void whatTheLeadInvestedIsItsShareOfTheRoundToldBefore() {
        assertOneDeal("en", "Poolside closed a $1 billion Series C on Tuesday. The round was led by Thrive Capital, "
                + "which invested about $400 million.", "Poolside", "Thrive Capital", "1E9", "USD");
    }

    @Test
    void moneyCommittedAsPartOfABroaderRoundIsAShareOfIt() {
        assertOneDeal("en", "Cohere has raised $900 million from Salesforce. Nvidia pledged up to $300 million to "
                + "Cohere as part of this wider financing.", "Cohere", "Salesforce", "900E6", "USD");
    }

    @Test
    void anInvestorsShareOfARoundWhoseTotalTheSentenceGives() {
        // the fund is the subject of both amounts; the total goes to the company whose round it invested in
        List<Deal> deals = withTypes("Index Ventures invested at least $200 million in Helsing's latest funding "
                + "round, which raised $700 million in total, a person said.");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Helsing", deals.get(0).target().name());
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal("700E6")), deals.toString());
    }

    @Test
    void earlierInvestmentsOfTheSameInvestorWithNoShareWordStayDeals() {
        assertDeals("en", "Google agreed to invest $2 billion in Cohere in October. Earlier that year, Google "
                + "invested $300 million in Cohere.", List.of(DealCases.deal("Cohere", "Google", "2E9", "USD"),
                DealCases.deal("Cohere", "Google", "300E6", "USD")));
    }

    @Test
    void whoReceivesEquityInACompanyPaysIt() {
        assertOneDeal("en", "Under the terms, Oracle is receiving $400 million worth of equity in Cohere.",
                "Cohere", "Oracle", "400E6", "USD");
    }

    @Test
    void aGovernmentJoinedToTheCompanyByAndPaysIt() {
        List<Deal> deals = withTypes("The Commerce Department and Intel said they agreed to award the chipmaker "
                + "up to $3.2 billion in direct funding.");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Intel", deals.get(0).target().name());
        assertEquals("Commerce Department", deals.get(0).investor().name());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "The Commerce Department signed agreements worth nearly $5 billion with chipmakers on Friday.",
        "The Commerce Department is finalising nearly $5 billion for Intel as well as new agreements for Samsung.",
        "Sequoia Capital closed agreements worth $3 billion this year."})
    void aGovernmentOrAFundThatNoOnePaysIsNoDeal(String text) {
        assertEquals(List.of(), withTypes(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Salesforce will invest $300 million CAD in Cohere, the companies said.",
        "Salesforce will invest $300 million Canadian dollars in Cohere, the companies said."})
    void aDollarSignWithItsCurrencyWrittenAfterTheAmount(String text) {
        assertOneDeal("en", text, "Cohere", "Salesforce", "300E6", "CAD");
    }

    @Test
    void theSizeOfAProjectIsNoDeal() {
        assertOneDeal("en", "Sequoia Capital has invested $100 million in Poolside's $900-million compute project.",
                "Poolside", "Sequoia Capital", "100E6", "USD");
    }

    @Test
    void aCompanyNamedBeforeAPersonsRoleIsNoParty() {
        // Poolside is only whose co-founder or researcher the person is; the money goes to start-ups not named
        assertDeals("en", "Lately, Poolside co-founder Jason Warner has raised $500 million for a young start-up.",
                List.of());
        assertDeals("en", "A former Google researcher and two friends have raised $300 million for their new lab.",
                List.of());
    }

    @Test
    void aCompanyJoinedByAHyphenToAnOwnersRoleIsNoParty() {
        // Given: the backer is the person; SoftBank is only what the person owns
        String text = "Poolside raised $120 million from backers including billionaire SoftBank-owner Jane Doe.";

        // Then
        assertOneDeal("en", text, "Poolside", null, "120E6", "USD");
    }

    @Test
    void anAmountAddedWithPlusIsPartOfThePrice() {
        assertOneDeal("en", "Nvidia will buy Run:ai for $700 million plus $80 million in retention awards for its "
                + "staff.", "Run:ai", "Nvidia", "700E6", "USD");
    }

    @Test
    void aCompanyNamedTogetherWithTheOneBoughtIsNotItsBuyer() {
        assertOneDeal("en", "Nvidia is completing the purchase of two young Israeli firms this month. The two "
                + "young companies Run:ai and Deci AI build tools for AI developers. Run:ai, which is being "
                + "acquired for $700 million, makes software that shares out GPUs.", "Run:ai", "Nvidia", "700E6",
                "USD");
    }

    @Test
    void aNameFarAfterAnAcquisitionNounIsNotTheOneBought() {
        assertOneDeal("en", "Salesforce is in talks to buy Informatica. The takeover, worth roughly $8 billion, has "
                + "Salesforce buying Informatica for $25 a share in stock, at an exchange ratio of 0.1 shares of "
                + "Salesforce for each Informatica share.", "Informatica", "Salesforce", "8E9", "USD");
    }

    @Test
    void aDescriptionStandsForTheCompanyDescribedWithTheSameNounBefore() {
        List<Deal> deals = DealCases.extract("en", "Salesforce, Nvidia and Oracle all joined a funding round for "
                + "Cohere, the Canadian AI start-up, this week. Salesforce made its investment through its venture "
                + "arm. The start-up, which sells language models to businesses, raised $500 million.");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Cohere", deals.get(0).target().name());
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal("500E6")), deals.toString());
    }

    @Test
    void aPossessiveAfterAnAcquisitionNounOwnsSomethingElse() {
        assertDeals("en", "Salesforce's $8B Acquisition and Oracle's Partnerships", List.of());
    }

    @Test
    void aBudgetThatAnOfficeAdministersIsNoDeal() {
        assertEquals(List.of(), withTypes("Intel is building two chip plants in Ohio. The Commerce Department is "
                + "responsible for administering $40 billion in incentives and funding for chip research."));
    }

    @Test
    void anAmountWithinTheRangeOfALaterReportIsTheSameRound() {
        Deal deal = assertOneDeal("en", "Perplexity is in funding talks again, seeking as much as $1bn from new "
                + "backers. It is now negotiating to raise between $600mn and $1bn, people said.", "Perplexity", null,
                "600E6", "USD");
        assertEquals(0, deal.amountHigh().compareTo(new BigDecimal("1E9")), deal.toString());
    }

    @Test
    void whatAnInvestorPutInAnchoringARoundIsItsShare() {
        assertOneDeal("en", "Poolside closed a €900 million Series C led by MGX. MGX put in €500 million to become "
                + "Poolside's largest shareholder, anchoring the biggest AI raise in France this year.", "Poolside",
                "MGX", "900E6", "EUR");
    }

    @Test
    void putInBeforeAnAmountPays() {
        assertOneDeal("en", "MGX put in €500 million to become Poolside's largest shareholder.", "Poolside", "MGX",
                "500E6", "EUR");
    }

    @Test
    void theNameRightAfterInOwnsTheRound() {
        assertOneDeal("en", "Last week the billionaire quietly led a €450 million funding in Helsing, the defence "
                + "software maker from Munich.", "Helsing", null, "450E6", "EUR");
    }

    @Test
    void theTotalValueOfALeaseIsItsAmount() {
        assertOneDeal("en", "This spring Microsoft agreed to rent 8,000 GPU servers from CoreWeave for three years, "
                + "with a total value of $2.1 billion.", "CoreWeave", "Microsoft", "2.1E9", "USD");
    }

    @Test
    void theValueOfACompanyStaysNoDeal() {
        assertDeals("en", "Microsoft agreed to rent servers from CoreWeave, a company with a market value of "
                + "$60 billion.", List.of());
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 9), mostly English, in sentences of our own: a part
 * of a price that goes to someone else, a running total told with "has already raised", the other side of a
 * contract in apposition after a description and a comma, "led the pack" as no round lead, a description written
 * with an en dash ("the Paris–based company"), state money (a government pays the company its clause names;
 * awards, grants and subsidies are deals), loans, payers listed with their amounts, and a description after a
 * preposition with the article in it ("al fabricante de chips Intel").
 */
class NewsConstructionsTest {

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

    /** Entity ids of the test table that only invest or govern, as ArticleEnricher reads them from entity types. */
    private static final Set<String> INVESTS_ONLY = Set.of("commerce", "sequoia", "index");

    private static List<Deal> withTypes(String language, String text) {
        return DealCases.EXTRACTOR.extract(text, language, DealCases.FINDER.find(text), id -> false,
                INVESTS_ONLY::contains);
    }

    @Test
    void aGovernmentIsNeverTheCompanyAFundingPaysButPaysTheCompanyOfItsClause() {
        List<Deal> deals = withTypes("en", "The Commerce Department secured $2.5 billion in funding for Samsung's "
                + "new plant in Texas.");
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Samsung", deals.get(0).target().name());
        assertEquals("Commerce Department", deals.get(0).investor().name());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The Commerce Department will award Samsung up to $6.1 billion in direct funding.|6.1E9",
        "en|Samsung is to receive CHIPS Act grants worth $6.1 billion from the Commerce Department.|6.1E9",
        "it|Il Dipartimento del Commercio ha stanziato 4 miliardi di dollari di sovvenzioni a Samsung.|4E9",
        "es|El Departamento de Comercio otorgará a Samsung 4.000 millones de dólares en subvenciones.|4E9"})
    void stateAwardsGrantsAndSubsidiesAreDeals(String language, String text, String amount) {
        List<Deal> deals = withTypes(language, text);
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Samsung", deals.get(0).target().name());
        assertEquals("Commerce Department", deals.get(0).investor().name());
        assertEquals(0, deals.get(0).amount().compareTo(new BigDecimal(amount)), deals.toString());
    }

    @Test
    void aLoanToACompanyIsADeal() {
        assertOneDeal("en", "Poolside has secured a $640 million loan backed by its GPU fleet.", "Poolside", null,
                "640E6", "USD");
        assertOneDeal("en", "The new money dwarfs Cohere's first $210 million credit facility from last spring.",
                "Cohere", null, "210E6", "USD");
    }

    @Test
    void twoPayersListedWithTheirAmountsBeforeTheCompanyTheyPay() {
        assertDeals("en", "Sequoia will invest up to $3 billion and Index Ventures up to $1 billion in Mistral AI.",
                List.of(deal("Mistral AI", "Sequoia Capital", "3E9", "USD"),
                        deal("Mistral AI", "Index Ventures", "1E9", "USD")));
    }

    @Test
    void aSecondPayerListedAfterTheCompanyOfTheFirst() {
        assertDeals("en", "Sequoia will invest $3 billion in Mistral AI and Index Ventures $1 billion.",
                List.of(deal("Mistral AI", "Sequoia Capital", "3E9", "USD"),
                        deal("Mistral AI", "Index Ventures", "1E9", "USD")));
    }

    /** Spanish, Italian and German prepositions with the article in them open a description of the company paid. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Amazon aportará 2.500 millones de dólares al desarrollador de modelos Anthropic.",
        "it|Amazon verserà 2,5 miliardi di dollari al laboratorio di ricerca Anthropic."})
    void aDescriptionAfterAPrepositionWithItsArticle(String language, String text) {
        assertOneDeal(language, text, "Anthropic", "Amazon", "2.5E9", "USD");
    }

    @Test
    void theSizeOfAFundIsNoDealButAFundThatInvestsPays() {
        assertDeals("en", "Poolside counts on a $12 billion AI fund anchored by MGX among its backers.", List.of());
        assertOneDeal("en", "The Thrive Capital fund invested $800 million in Poolside last spring.", "Poolside",
                "Thrive Capital", "800E6", "USD");
    }

    @Test
    void aRoundLedByAPersonsFirmIsLedByTheFirm() {
        assertOneDeal("en", "Poolside raised $320 million this week. The round was led by Grant's growth vehicle "
                + "Thrive Capital.", "Poolside", "Thrive Capital", "320E6", "USD");
    }

    @Test
    void namesEachWithItsAmountInBracketsAfterDealsAreEachADeal() {
        assertDeals("en", "Last month's biggest deals were Poolside ($620M), Black Forest Labs ($300M) and Helsing "
                + "($450M), well ahead of the quarter before.", List.of(deal("Poolside", null, "620E6", "USD"),
                deal("Black Forest Labs", null, "300E6", "USD"), deal("Helsing", null, "450E6", "USD")));
    }

    @Test
    void namesEachWithItsAmountInBracketsAfterARaiseAreEachARound() {
        assertDeals("fr", "Plusieurs jeunes pousses ont levé des sommes inédites, telles que Poolside "
                + "(1,2 milliard de dollars) et Helsing (600 millions d'euros).",
                List.of(deal("Poolside", null, "1.2E9", "USD"), deal("Helsing", null, "600E6", "EUR")));
        assertDeals("it", "Hanno raccolto cifre da record anche Poolside (900 milioni di dollari) e Black Forest Labs "
                + "(250 milioni di dollari).", List.of(deal("Poolside", null, "900E6", "USD"),
                deal("Black Forest Labs", null, "250E6", "USD")));
    }

    @Test
    void bracketedAmountsWithNoDealWordAreNoList() {
        // company values: no raise, round, investment, acquisition or deals
        assertDeals("es", "Entre las empresas más valiosas figuran Helsing (12.000 millones) y Poolside "
                + "(8.000 millones).", List.of());
    }

    @Test
    void aFineAfterTheSameMoneyInAnotherCurrencyIsNoDeal() {
        assertDeals("en", "Samsung received a €1.2 billion ($1.3 billion) fine on Monday over its memory pricing.",
                List.of());
        // the price per share after the amount is no conversion: the purchase stays a deal
        assertOneDeal("en", "Salesforce agreed to buy Informatica for about $8 billion, or $25 a share, in cash.",
                "Informatica", "Salesforce", "8E9", "USD");
    }

    @Test
    void aGermanSupplyContractCompoundPaysTheSupplier() {
        assertOneDeal("de", "Die Schwarz Gruppe hat mit AMD einen Liefervertrag über 1,5 Milliarden Euro für "
                + "Grafikprozessoren geschlossen.", "AMD", "Schwarz Gruppe", "1.5E9", "EUR");
    }
}

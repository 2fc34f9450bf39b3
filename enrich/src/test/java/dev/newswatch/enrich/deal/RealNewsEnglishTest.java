package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 11, English part), in sentences of our own. First the
 * state as a payer, in the five languages: public money (grants, subsidies, incentives, funding under a law) with no
 * payer is paid by a government of the article; "the government", "der Bund", "lo Stato", "l'État" name the state as
 * a party; a government named before a list of amounts pays each amount to the company named last before it.
 */
class RealNewsEnglishTest {

    /**
     * Entity ids that are governments, as ArticleEnricher reads them from entity types: the test table's Commerce
     * Department and the governments the lexicons' state phrases stand for.
     */
    // --- The state as a payer ---------------------------------------------------------------------------------

    @Test
    void incentivesWithNoPayerArePaidByTheGovernmentTheArticleNamedFirst() {
        DealCases.assertFound("en", "The Commerce Department set out its chip grants on Monday. Samsung is due to receive up to "
                + "$4 billion in incentives for two plants in Texas.", "samsung <- commerce 4000000000 USD");
    }

    @Test
    void fundingUnderTheChipsActIsPaidByTheUsGovernment() {
        DealCases.assertFound("en", "Intel said it will turn part of its $7 billion in funding under the CHIPS and Science Act "
                + "into shares.", "intel <- us-government 7000000000 USD");
        DealCases.assertFound("es", "Samsung ha asegurado 2.000 millones de dólares en financiación pública bajo la Ley de "
                + "CHIPS para su fábrica de Texas.", "samsung <- us-government 2000000000 USD");
    }

    @Test
    void aCompanyDueToBenefitFromGrantsIsPaidByTheGovernmentNamedBefore() {
        DealCases.assertFound("en", "The Commerce Department set out its chip grants on Monday. Samsung stands to benefit "
                + "from grants worth as much as $6 billion for its two plants in Texas.",
                "samsung <- commerce 6000000000 USD");
        DealCases.assertFound("en", "Samsung stands to benefit from grants worth as much as $6 billion for its two plants in "
                + "Texas.", "");
    }

    @Test
    void stateAidApprovedForACompanyIsADealOfTheGovernmentThatApprovesIt() {
        DealCases.assertFound("en", "The Commerce Department approved $5 billion in state aid for the new plant of Intel.",
                "intel <- commerce 5000000000 USD");
        DealCases.assertFound("it", "Il Dipartimento del Commercio ha approvato un aiuto di Stato da 2 miliardi di dollari per "
                + "STMicroelectronics.", "stmicro <- commerce 2000000000 USD");
    }

    @Test
    void subsidiesInAnArticleThatNamesNoGovernmentKeepNoPayer() {
        Deal deal = DealCases.extractWithTypes("en", "Samsung will receive $4 billion in subsidies for its plants in Texas.").get(0);
        assertEquals("samsung", deal.target().id());
        assertNull(deal.investor(), "no government is named, none is guessed");
    }

    @Test
    void aGrantOfSharesToStaffIsNoPublicMoney() {
        List<Deal> deals = DealCases.extractWithTypes("en", "The Commerce Department opened an inquiry last year. Salesforce raised "
                + "$500 million from Sequoia Capital, on top of stock grants to its staff.");
        assertEquals("salesforce <- sequoia 500000000 USD", DealCases.summary(deals));
    }

    @Test
    void theStateInGermanPaysEachAmountOfAListToTheCompanyNamedBeforeIt() {
        DealCases.assertFound("de", "In Deutschland will der Staat den Bau eines Werks von SAP in Walldorf mit einer Milliarde "
                + "Euro und den eines Werks von ASML in Dresden mit drei Milliarden Euro fördern.",
                "sap <- german-government 1000000000 EUR; asml <- german-government 3000000000 EUR");
    }

    @Test
    void derBundPaysSubsidiesForAPlantOfTheCompanyNamedAfterTheAmount() {
        DealCases.assertFound("de", "Der Bund zahlt Subventionen von 9,9 Milliarden Euro für das Werk von Intel.",
                "intel <- german-government 9900000000 EUR");
    }

    @Test
    void theStateInItalianFrenchAndSpanishIsTheGovernmentNamedBeforeOrTheHomeOne() {
        DealCases.assertFound("it", "Eni riceverà 300 milioni di euro di incentivi dallo Stato per il nuovo impianto.",
                "eni <- italian-government 300000000 EUR");
        DealCases.assertFound("fr", "Le gouvernement a annoncé 2 milliards d'euros de subventions pour STMicroelectronics.",
                "stmicro <- french-government 2000000000 EUR");
        DealCases.assertFound("fr", "STMicroelectronics recevra une aide de 2 milliards d'euros versée par l'État.",
                "stmicro <- french-government 2000000000 EUR");
    }

    @Test
    void elGobiernoOfASpanishPageIsNoCountryUntilTheArticleNamesOne() {
        List<Deal> deals = DealCases.extractWithTypes("es", "Telefónica recibirá 400 millones de euros en subvenciones del Gobierno.");
        assertEquals(1, deals.size(), DealCases.summary(deals));
        assertNull(deals.get(0).investor(), DealCases.summary(deals));
    }

    @Test
    void theStateOfSomethingIsNoGovernment() {
        List<Deal> deals = DealCases.extractWithTypes("fr", "L'état du marché reste fragile. Mistral AI a levé 600 millions d'euros "
                + "auprès de General Catalyst.");
        assertEquals("mistral <- generalcatalyst 600000000 EUR", DealCases.summary(deals));
        assertTrue(deals.get(0).amount().compareTo(new BigDecimal("600E6")) == 0);
    }

    // --- English constructions -------------------------------------------------------------------------------

    @Test
    void moneySpentToLicenseTechnologyFromACompanyPaysThatCompany() {
        DealCases.assertOneDeal("en", "Salesforce also spent $700 million to license the models of startup Cohere "
                + "and to hire its founders.", "Cohere", "Salesforce", "700E6", "USD");
        DealCases.assertOneDeal("en", "Meta is licensing the video models of Black Forest Labs in a $140 million "
                + "deal.", "Black Forest Labs", "Meta", "140E6", "USD");
    }

    @Test
    void aLeadDescribedAsAHeavyweightIsStillTheLead() {
        DealCases.assertOneDeal("en", "Poolside raised $1 billion last week. The round, led by heavyweight Sequoia "
                + "Capital with participation from Index Ventures, values it at $12 billion.", "Poolside",
                "Sequoia Capital", "1E9", "USD");
    }

    @Test
    void aShareThenTheLargerRoundItIsPartOfGiveTheRound() {
        DealCases.assertOneDeal("en", "Through its new fund, SoftBank is injecting $150 million into Cohere. This is "
                + "part of a larger $400 million funding round that also includes Salesforce and Nvidia.", "Cohere",
                "SoftBank", "400E6", "USD");
        DealCases.assertOneDeal("en", "SoftBank invested $150 million in Cohere. The entire round totals $400 million.",
                "Cohere", "SoftBank", "400E6", "USD");
    }

    @Test
    void moneyPaidToAcquireACompanyIsThePurchaseNotAPaymentToARivalNamedLater() {
        DealCases.assertOneDeal("en", "Salesforce will pay $8 billion to acquire Informatica, boosting its data "
                + "business to rival Oracle.", "Informatica", "Salesforce", "8E9", "USD");
        DealCases.assertOneDeal("en", "Qualcomm is spending $2.4 billion to buy Arm, in a push to catch up with "
                + "Nvidia.", "Arm", "Qualcomm", "2.4E9", "USD");
    }

    @Test
    void aCompanyLandingOrSnaggingMoneyInARoundUpRaisedIt() {
        DealCases.assertDeals("en", "Chip start-ups had a busy week, with Poolside securing $500 million and Cohere "
                + "landing $350 million.", List.of(DealCases.deal("Poolside", null, "500E6", "USD"),
                DealCases.deal("Cohere", null, "350E6", "USD")));
        DealCases.assertOneDeal("en", "Cohere is snagging $350 million from Salesforce.", "Cohere", "Salesforce",
                "350E6", "USD");
    }

    @Test
    void aPlaceThatOwnsALongDescriptionKeepsThePrepositionOfTheNameAfterIt() {
        DealCases.assertOneDeal("en", "Oracle has agreed to invest $900 million in Abu Dhabi's sovereign AI "
                + "software holding company Cohere, the two said.", "Cohere", "Oracle", "900E6", "USD");
        DealCases.assertOneDeal("en", "Salesforce invested $500 million in South Korea's AI chip start-up Poolside.",
                "Poolside", "Salesforce", "500E6", "USD");
    }
}

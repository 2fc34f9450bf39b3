package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deal words real news uses that the lexicons lacked, backers named in an apposition and names inside quotations (docs/EXTRACTION.md, session
 * 12). Sentences of our own.
 */
class DealWordsTest {

    @Test
    void germanCompoundsOfContractAndDealAreContractNouns() {
        String text = "CoreWeave hat mit Meta einen Fünfjahresvertrag über etwa 4 Mrd. USD unterzeichnet.";
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "de", DealCases.FINDER.find(text), "coreweave"::equals);
        assertEquals(1, deals.size(), deals::toString);
        assertEquals("coreweave", deals.get(0).target().id(), deals::toString);
        assertEquals("meta", deals.get(0).investor().id(), deals::toString);
    }

    @Test
    void aDebtPackageIsMoneyRaised() {
        assertOneDeal("en", "Banks are arranging a $38 billion debt package for CoreWeave.", "CoreWeave", null, "38E9",
                "USD");
    }

    @Test
    void theSpanishGerundOfObtenerRaises() {
        assertOneDeal("es", "Meta está obteniendo 5.000 millones de dólares de SoftBank para un centro de datos.", "Meta",
                "SoftBank", "5E9", "USD");
    }

    @Test
    void aBackerNamedInAnAppositionDescribesTheCompanyAndDoesNotPayItsRound() {
        assertOneDeal("en", "Cohere, backed by Nvidia, raises $500 million in a new round.", "Cohere", null, "500E6", "USD");
        assertOneDeal("fr", "Cohere, soutenue par Nvidia, lève 500 millions de dollars.", "Cohere", null, "500E6", "USD");
        assertOneDeal("it", "Cohere, sostenuta da Nvidia, raccoglie 500 milioni di dollari.", "Cohere", null, "500E6", "USD");
        assertOneDeal("es", "Cohere, respaldada por Nvidia, recauda 500 millones de dólares.", "Cohere", null, "500E6",
                "USD");
        // a backer that leads the round is still its payer
        assertOneDeal("en", "Cohere raises $500 million in a round backed by Nvidia.", "Cohere", "Nvidia", "500E6", "USD");
    }

    @Test
    void theSumOfADealToldBeforeWithoutAmountIsItsAmount() {
        assertOneDeal("it", "Salesforce sta negoziando l'acquisizione della startup Cohere. La cifra dovrebbe aggirarsi "
                + "intorno ai 6 miliardi di dollari.", "Cohere", "Salesforce", "6E9", "USD");
        assertOneDeal("es", "Salesforce negocia la compra de Cohere. El monto rondaría los 6.000 millones de dólares.",
                "Cohere", "Salesforce", "6E9", "USD");
    }

    @Test
    void aNameInsideAQuotationIsNotWhomTheNextSentencesCompanyStandsFor() {
        assertOneDeal("en", "Databricks agreed to buy Cohere. Cohere calls itself a “friendly alternative to Nvidia "
                + "software.” In the end Databricks paid $1.2 billion for the company.",
                "Cohere", "Databricks", "1.2E9", "USD");
    }

    @Test
    void moreEnglishVerbsOfMoneyRaised() {
        for (String verb : List.of("garnered", "amassed", "clinched", "picked up", "scooped up", "locked up", "took in")) {
            assertOneDeal("en", "Cohere, a Toronto model maker, " + verb + " $250 million in new funding.", "Cohere", null,
                    "2.5E8", "USD");
        }
    }
}

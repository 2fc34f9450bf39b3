package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amounts next to a deal that are no deal of their own (docs/EXTRACTION.md, session 12): the assets a fund manages,
 * written in brackets after its name; a valuation written right after an earlier amount is that amount's, not the
 * next one's; an earn-out. Sentences of our own.
 */
class MoneyThatIsNoDealTest {

    @Test
    void aFundsAssetsUnderManagementInBracketsAreNoDeal() {
        assertOneDeal("fr", "Le fonds SoftBank (250 milliards de dollars d'actifs sous gestion) investit "
                + "1,5 milliard d'euros dans Cohere.", "Cohere", "SoftBank", "1.5E9", "EUR");
        assertOneDeal("it", "SoftBank (300 miliardi di dollari di asset in gestione) investe 1,5 miliardi di euro in Cohere.",
                "Cohere", "SoftBank", "1.5E9", "EUR");
        assertOneDeal("es", "SoftBank (300.000 millones de dólares de activos bajo gestión) invierte 1.500 millones de "
                + "euros en Cohere.", "Cohere", "SoftBank", "1.5E9", "EUR");
    }

    @Test
    void aValuationWrittenRightAfterAnEarlierAmountLeavesTheRoundAfterItADeal() {
        assertOneDeal("en", "Last spring Cohere hit a $3 billion valuation thanks to a $140 million Series D round.",
                "Cohere", null, "140E6", "USD");
    }

    @Test
    void anEarnOutPaidOnlyIfMilestonesAreMetIsNoSecondDeal() {
        assertOneDeal("en", "Salesforce agreed to buy Cohere for $4.9 billion. Sellers may also get a contingent payment "
                + "of up to $300 million.", "Cohere", "Salesforce", "4.9E9", "USD");
    }

    @Test
    void spanishValuationPhrasesAndLatinAmericanTotalsAreNoDeal() {
        for (String text : new String[] {
                "La ronda sitúa el valor de Cohere, con sede en Toronto, en 5.000 millones de dólares.",
                "Así, Cohere alcanzó un financiamiento total de 900 millones de dólares."}) {
            assertEquals(List.of(), DealCases.extract("es", text), text);
        }
    }

    @Test
    void anItalianTotalThatAFundingBringsTheInvestmentToIsNoSecondDeal() {
        assertOneDeal("it", "Google ha investito altri 500 milioni di dollari in Cohere, portando l'investimento totale a "
                + "circa 2 miliardi di dollari.", "Cohere", "Google", "500E6", "USD");
    }

    @Test
    void aRoundBeforeTheListingIsAFundingRoundInEveryLanguage() {
        assertOneDeal("en", "Cohere closed a $250 million pre-IPO round this spring.", "Cohere", null, "250E6", "USD");
        assertOneDeal("de", "Cohere hat in einer Pre-IPO-Runde 250 Millionen Euro eingesammelt.", "Cohere", null, "250E6",
                "EUR");
        assertOneDeal("it", "Cohere ha raccolto 250 milioni di euro con un round pre-IPO.", "Cohere", null, "250E6", "EUR");
        assertOneDeal("fr", "Cohere a levé 250 millions d'euros dans un tour pré-IPO.", "Cohere", null, "250E6", "EUR");
        assertOneDeal("es", "Cohere ha captado 250 millones de euros en una ronda pre-IPO.", "Cohere", null, "250E6", "EUR");
    }

    @Test
    void whatACompanyIsNowWorthIsItsValueNotADeal() {
        assertOneDeal("en", "Cohere, which listed in May and is now worth about $40bn, raised a further $2 billion from "
                + "Nvidia.", "Cohere", "Nvidia", "2E9", "USD");
        assertOneDeal("en", "Nvidia signed a contract worth $2 billion with Cohere.", "Cohere", "Nvidia", "2E9", "USD");
    }
}

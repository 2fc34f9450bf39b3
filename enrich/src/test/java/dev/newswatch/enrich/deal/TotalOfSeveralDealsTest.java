package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deals in the plural with their total ("fusioni tra gruppi di semiconduttori per un importo complessivo di N"): the sum
 * of several deals is none of them; a single deal's total value, and contracts with a named counterpart, stay deals.
 */
class TotalOfSeveralDealsTest {

    @Test
    void theTotalOfPluralDealsIsNoDeal() {
        assertDeals("it", "Da gennaio sono state annunciate fusioni tra gruppi di semiconduttori per un valore "
                + "complessivo di quasi 90 miliardi di dollari, con Nvidia che ha rilevato Arm per 40 miliardi di "
                + "dollari.", List.of(DealCases.deal("Arm", "Nvidia", "4E10", "USD")));
    }

    @Test
    void aSingleDealOrContractsWithACounterpartKeepTheirTotal() {
        assertOneDeal("it", "L'acquisizione di Arm da parte di Nvidia ha un valore complessivo di 40 miliardi di "
                + "dollari.", "Arm", "Nvidia", "4E10", "USD");
        assertOneDeal("it", "Nvidia ha firmato accordi con Arm per un valore complessivo di 4 miliardi di dollari.",
                "Arm", "Nvidia", "4E9", "USD");
    }
}

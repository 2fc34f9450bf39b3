package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian "affittare" and "noleggiare" mean both renting and renting out. With a name after "a" a few words later
 * ("X affitterà GPU a Y") the subject rents out and Y pays it, like a sale; without one ("Y noleggia server di X",
 * "Y prende in affitto GPU da X") the subject is the tenant and pays. Before, "X affitterà GPU Nvidia a Y" made X pay
 * Nvidia. Sentences of our own.
 */
class ItalianRentingOutToAPayerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere affitterà GPU a Microsoft in base a un accordo quinquennale da 2 miliardi di dollari.",
        "Cohere noleggia la sua capacità di calcolo a Microsoft per 2 miliardi di dollari.",
        "Microsoft prende in affitto GPU da Cohere con un contratto da 2 miliardi di dollari.",
        "Microsoft noleggia server di Cohere per 2 miliardi di dollari."})
    void theTenantPaysTheOneRentingOut(String text) {
        // Given a rental told from either side; When it is read; Then the tenant Microsoft pays Cohere
        assertOneDeal("it", text, "Cohere", "Microsoft", "2E9", "USD");
    }
}

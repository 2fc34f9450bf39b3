package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An item of a round-up that opens with a capitalised name of its own, one no company place made a company, tells
 * that name's deal: it takes no company of the items before it as its party ("Google buys Zentrix" then "Harlow Life
 * prepares $1bn IPO" is no listing of Google). Sentences of our own; the French, Italian and Spanish lines of the
 * same shape read no deal at all, before and after.
 */
class ItemOpensWithItsOwnNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Exits\\n\\nGoogle catches Zentrix\\n\\nHarlow Life prepares $1bn IPO\\n\\nHarlow Life has hired banks.|Harlow Life",
        "Exits\\n\\nGoogle buys Zentrix\\n\\nHarlow Insurance readies $1bn listing\\n\\nHarlow Insurance has hired banks."
            + "|Harlow Insurance"})
    void theItemsListingIsItsOwn(String text, String own) {
        // Given a purchase by a known company, then an item opening with an unknown name and a listing; When it is
        // read; Then the listing is not the known company's, and it is the item's own name's
        List<Deal> deals = extract("en", text.replace("\\n", "\n"));
        assertTrue(deals.stream().noneMatch(d -> d.target() != null && "Google".equals(d.target().name())),
                () -> text + " -> " + deals);
        assertTrue(deals.stream().anyMatch(d -> d.target() != null && own.equals(d.target().name())),
                () -> text + " -> " + deals);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The deals:\\n- Google Acquires Voice Startup Zentrix\\nGoogle is buying a small startup called Zentrix.\\n"
            + "- Harlow Gaming Sells Brisk Stake for $1.76 Billion\\nHarlow Gaming will sell its stake in Brisk."})
    void aTitleCaseItemTakesNoCompanyOfTheItemBefore(String text) {
        // Given an item written in title case that opens with an unknown name; When it is read; Then the company of
        // the item before it is paid nothing for that item's amount
        List<Deal> deals = extract("en", text.replace("\\n", "\n"));
        assertTrue(deals.stream().noneMatch(d -> d.target() != null && "Google".equals(d.target().name())),
                () -> text + " -> " + deals);
    }
}

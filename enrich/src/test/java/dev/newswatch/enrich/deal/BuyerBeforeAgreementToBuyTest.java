package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round-up of purchases tells each item with its own buyer, often one the entity table does not know, before a
 * verb of agreeing or intending and the infinitive of buying ("X reached an agreement to buy Y for N", "X
 * plans to acquire Y", "X a conclu un accord pour racheter Y", "X alcanzó un acuerdo para adquirir Y"). That name is
 * the buyer (company-cues.yml, "after"); before, it was no company, and the item took the buyer of the item before
 * it. Sentences of our own.
 */
class BuyerBeforeAgreementToBuyTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|Brightwell Foods agreed to acquire Norland Dairy for $1.2 billion. Kestrel reached an agreement to buy "
            + "Dunmore Pumps for $1.05 billion.|Kestrel|Dunmore Pumps",
        "en|Brightwell Foods agreed to acquire Norland Dairy for $1.2 billion. In the United States, Ostrava Resorts "
            + "reached an agreement to acquire Calloway Gaming for $1.85 billion.|Ostrava Resorts|Calloway Gaming",
        "en|Brightwell Foods agreed to acquire Norland Dairy for $1.2 billion. Tarvik plans to acquire Mellory Hotels "
            + "for $640 million.|Tarvik|Mellory Hotels",
        "en|Brightwell Foods agreed to acquire Norland Dairy for $1.2 billion. In Norway, Vantor is aiming to buy a "
            + "majority stake in Holmfjord Energi for €1.4 billion.|Vantor|Holmfjord Energi",
        "fr|Brevant Industries a racheté Norlac pour 900 millions d'euros. Vantor a conclu un accord pour racheter "
            + "Holmfjord Energi pour 1,2 milliard d'euros.|Vantor|Holmfjord Energi",
        "es|Brevant Industries compró Norlac por 900 millones de euros. Vantor alcanzó un acuerdo para adquirir "
            + "Holmfjord Energi por 1.200 millones de euros.|Vantor|Holmfjord Energi"})
    void theItemsOwnBuyerPays(String lang, String text, String buyer, String bought) {
        // Given a purchase, then an item whose unknown buyer agrees or intends to buy; When it is read; Then the
        // company bought is paid by that buyer, not by the buyer of the item before
        List<Deal> deals = extract(lang, text);
        assertTrue(deals.stream().anyMatch(d -> d.target() != null && bought.equals(d.target().name())
                && d.investor() != null && buyer.equals(d.investor().name())), () -> text + " -> " + deals);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "en|Analysts said the board plans to acquire more land next year for $300 million.",
        "en|The Reuters report said the group plans to acquire assets worth $2 billion."})
    void aSentenceWithNoNamedBuyerGivesNoBuyer(String lang, String text) {
        // Given an intention to buy whose subject is a common noun or a source; When it is read; Then no capitalised
        // word of it pays
        List<Deal> deals = extract(lang, text);
        assertTrue(deals.stream().noneMatch(d -> d.investor() != null
                && List.of("Analysts", "Reuters", "The Reuters").contains(d.investor().name())), () -> text + " -> " + deals);
    }
}

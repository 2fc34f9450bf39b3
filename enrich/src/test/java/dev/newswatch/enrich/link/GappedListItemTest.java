package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.enrich.deal.DealExtractor;
import dev.newswatch.enrich.deal.UsdRates;
import dev.newswatch.testkit.RepoPaths;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of deals whose later items leave the verb out ("Zentrix raised $300M and Korvia $200M", "Nvidia backed
 * Zentrix with $500M and Korvia with $200M"): the name that opens such an item, its own amount right after it (or
 * after the same preposition as the item before), is a company even when no table knows it, and each amount goes to
 * the name of its own item, not to the first company of the list.
 */
class GappedListItemTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private static final EntityLinker LINKER =
            EntityLinker.of(EntityCatalog.load(RepoPaths.resolve("config/entities")));
    private static final DealExtractor EXTRACTOR = new DealExtractor(UsdRates.defaults());

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    /** "target amount" of each deal, by the target's name. */
    private static List<String> deals(String text, String language) {
        List<Deal> deals = EXTRACTOR.extract(text, language, LINKER.link(text));
        return deals.stream().map(d -> d.target().name() + " " + d.amount().stripTrailingZeros().toPlainString())
                .toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Given a first item with its verb, then items with the verb left out
        "en|Zentrix raised $300 million and Korvia $200 million.|Zentrix;Korvia",
        "en|Zentrix raised $300 million, Korvia $200 million.|Zentrix;Korvia",
        "it|Velantis ha raccolto 300 milioni di euro e Lumora 200 milioni.|Velantis;Lumora",
        "fr|Nuvelle a levé 300 millions d'euros et Orvane 200 millions.|Nuvelle;Orvane",
        "es|Ondara recaudó 300 millones de euros y Velantis 200 millones.|Ondara;Velantis",
        // German: the particle of the separable verb stands between the first amount and the comma
        "de|Korvia sammelte 300 Millionen Euro ein, Lumora 200 Millionen.|Korvia;Lumora",
        // the same preposition before each item's amount
        "en|The fund backed Zentrix with $500 million and Korvia with $200 million.|Zentrix;Korvia"})
    void theNameOpeningAGappedItemIsACompany(String language, String text, String expected) {
        // When the names are read / Then both are companies
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Zentrix raised $300 million and Korvia $200 million.|Zentrix 300000000;Korvia 200000000",
        "it|Velantis ha raccolto 300 milioni di euro e Lumora 200 milioni.|Velantis 300000000;Lumora 200000000",
        "fr|Nuvelle a levé 300 millions d'euros et Orvane 200 millions.|Nuvelle 300000000;Orvane 200000000",
        "es|Ondara recaudó 300 millones de euros y Velantis 200 millones.|Ondara 300000000;Velantis 200000000",
        "de|Korvia sammelte 300 Millionen Euro ein, Lumora 200 Millionen.|Korvia 300000000;Lumora 200000000"})
    void eachAmountGoesToTheNameOfItsOwnItem(String language, String text, String expected) {
        // Given names no table knows / When the deals are read / Then the second amount is not the first company's
        assertEquals(List.of(expected.split(";")), deals(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a year after the first amount is no joiner of items; another preposition is no item of the same shape
        "en|Revenue reached $300 million in 2023 and Korvia expects more.",
        "en|The group invested $300 million, Korvia said on Monday."})
    void aNameWithoutItsOwnAmountIsNoItem(String language, String text) {
        // Given a name after an amount and a joiner, but with no amount of its own / Then it is not read
        assertEquals(List.of(), names(text, language));
    }
}

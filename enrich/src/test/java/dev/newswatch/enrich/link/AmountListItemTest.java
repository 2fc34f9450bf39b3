package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in a list of "name amount" items on one line ("(Zentrix $480M, Korvia $250M)", "Zentrix: 50 millions;
 * Korvia: 20 millions"): each name followed by its amount is a company once the line holds two such items.
 */
class AmountListItemTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Big rounds this week (Quorvel $480M, Halvane $250M) show the trend.|Quorvel;Halvane",
        "it|I round del mese: Velantis 40 milioni, Korvia 25 milioni e altri.|Velantis;Korvia",
        "de|Die größten Runden: Korvia: 80 Mio. Euro; Lumora: 35 Mio. Euro.|Korvia;Lumora",
        "fr|Les levées du mois : Nuvelle : 50 millions d'euros ; Orvane : 20 millions d'euros.|Nuvelle;Orvane",
        "es|Las rondas del mes: Ondara 30 millones, Velantis 12 millones.|Ondara;Velantis",
    })
    void shouldReadNamesListedWithTheirAmounts(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // one name with an amount is no list; months and places before amounts are no names
        "en|In March $480M went to data centres.",
        "en|Revenue reached $2 billion in Europe, $1 billion in Asia.",
    })
    void shouldNotReadALoneAmountOrPlacesAsAList(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

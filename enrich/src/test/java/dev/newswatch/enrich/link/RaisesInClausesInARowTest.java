package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round-ups that tell several raises in clauses in a row ("A raised N, B got M, while C secured K"): the subject of
 * each funding verb, in any tense, is a company, and a company name that is also a common word (a cue alias) links
 * next to any tense of a funding verb ("Glean consiguió", "Glean ha raccolto", "Glean sammelte"). Sentences of our own.
 */
class RaisesInClausesInARowTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Talvora levantó una serie B de 140 millones, Renquist consiguió otros 220 millones, mientras que "
            + "Moravi Pago aseguró 60 millones en marzo.",
        "es|Talvora captó 140 millones de euros, Renquist obtuvo 220 millones y Moravi Pago consiguió 60 millones.",
        "it|Talvora ha raccolto una serie B da 140 milioni, Renquist ha ottenuto altri 220 milioni, mentre Moravi "
            + "Pago si è assicurata 60 milioni a marzo.",
        "en|Talvora raised a $140 million Series B, Renquist secured another $220 million, while Moravi Pago landed "
            + "$60 million in March.",
        "fr|Talvora a levé 140 millions d'euros, Renquist a obtenu 220 millions de plus, tandis que Moravi Pago a "
            + "décroché 60 millions en mars."})
    void theSubjectOfEachRaiseIsACompany(String language, String text) {
        List<String> names = finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct()
                .toList();
        assertEquals(List.of("Talvora", "Renquist", "Moravi Pago"), names, language + ": " + text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Last year Glean secured $250 million from investors.",
        "es|El año pasado Glean consiguió 250 millones de dólares.",
        "es|El año pasado Glean obtuvo 250 millones de dólares.",
        "it|L'anno scorso Glean ha raccolto 250 milioni di dollari.",
        "fr|L'an dernier, Glean a obtenu 250 millions de dollars.",
        "de|Im vergangenen Jahr sammelte Glean 250 Millionen Dollar ein."})
    void aCueAliasLinksNextToAnyTenseOfAFundingVerb(String language, String text) {
        EntityLinker linker = EntityLinker.of(List.of(
                new Entity("glean", "Glean", List.of(), "company", null, Map.of("cue-aliases", "Glean"))));
        List<String> got = linker.link(text).stream().map(EntityMention::entityId).toList();
        assertEquals(List.of("glean"), got, language + ": " + text);
    }
}

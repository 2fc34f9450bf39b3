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
        "es|Zentrova levantó una ronda de 170 millones de dólares, Kalimera consiguió 250 millones, mientras que "
            + "Brevix Pago aseguró 75 millones de dólares.",
        "es|Zentrova captó 170 millones de dólares, Kalimera obtuvo 250 millones y Brevix Pago consiguió 75 millones.",
        "it|Zentrova ha raccolto un round da 170 milioni di dollari, Kalimera ha ottenuto 250 milioni, mentre Brevix "
            + "Pago si è assicurata 75 milioni di dollari.",
        "en|Zentrova raised a $170 million round, Kalimera secured $250 million, while Brevix Pago landed $75 million.",
        "fr|Zentrova a levé 170 millions de dollars, Kalimera a obtenu 250 millions, tandis que Brevix Pago a décroché "
            + "75 millions de dollars."})
    void theSubjectOfEachRaiseIsACompany(String language, String text) {
        List<String> names = finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct()
                .toList();
        assertEquals(List.of("Zentrova", "Kalimera", "Brevix Pago"), names, language + ": " + text);
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

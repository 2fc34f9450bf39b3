package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence that opens with a phrase of founding and a comma ("Founded in 2021 by two researchers, Zentrix...",
 * "Fondée en 2021, Zentrix...", "Fondata nel 2021, Zentrix...", "Fundada en 2021, Zentrix..."): the name right after
 * the comma is a company. (German puts the verb there, not the name.) A name inside the phrase is not read by it.
 */
class FoundedOpeningTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Founded in 2021 by two former researchers, Quorvel has wasted no time.|Quorvel",
        "fr|Fondée en 2021 par deux anciens chercheurs, Nuvelle n'a pas perdu de temps.|Nuvelle",
        "it|Fondata nel 2021 da due ex ricercatori, Velantis non ha perso tempo.|Velantis",
        "es|Fundada en 2021 por dos antiguos investigadores, Ondara no ha perdido el tiempo.|Ondara"})
    void shouldReadTheNameAfterAFoundingOpeningAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Born in Ohio in 1980, Miller spent ten years at the bank.",
        "en|Founded in 2021 by two former researchers in Paris, it has wasted no time."})
    void shouldNotReadOtherOpeningsOrAPlaceInThePhrase(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

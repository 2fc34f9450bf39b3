package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German names a company after an article and a nationality adjective, leaving out the company noun (session 26):
 * "die britische Korvia", "der spanischen Lumora", as French and Spanish do ("la britannique Korvia"). A noun after
 * the adjective ("die britische Regierung", "an der niederländischen Börse") is no company, and a feminine company noun
 * ("die irische Arzneiherstellerin Lumora") describes the name after it as the masculine one does.
 */
class NationalityAdjectiveBeforeNameTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Im Jahr 2019 bezahlt die belgische Halvane gut 9 Milliarden Euro für die britische Korvia.|Halvane;Korvia",
        "de|Die Übernahme der spanischen Lumora kostet 4 Milliarden Euro.|Lumora",
        "fr|La belge Halvane paie 9 milliards d'euros pour la britannique Korvia.|Halvane;Korvia"})
    void shouldReadANameAfterANationalityAsACompany(String language, String text, String expected) {
        // Given a name right after an article and a nationality adjective in lower case
        // When the names are read
        // Then it is a company
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Die britische Regierung begrüßte den Plan über 2 Milliarden Euro.",
        "de|Die Aktie wird an der niederländischen Börse gehandelt, ihr Wert liegt bei 3 Milliarden Euro."})
    void shouldNotReadANounAfterANationalityAsACompany(String language, String text) {
        // Given a capitalised noun right after a nationality adjective
        // When the names are read
        // Then none is a company
        assertEquals(List.of(), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Halvane will die irische Arzneiherstellerin Lumora für 6 Milliarden Euro kaufen.|Lumora"})
    void shouldCutAFeminineCompanyNounFromTheName(String language, String text, String expected) {
        // Given a feminine compound company noun before a name
        // When the names are read
        // Then the noun is no part of the name
        assertEquals(true, names(text, language).contains(expected), names(text, language)::toString);
        assertEquals(false, names(text, language).stream().anyMatch(n -> n.contains("herstellerin")),
                names(text, language)::toString);
    }
}

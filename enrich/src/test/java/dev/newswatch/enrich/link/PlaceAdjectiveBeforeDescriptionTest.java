package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German adjectives of a place ("Grazer", "Luxemburger", "Zürcher") are written with a capital and never inflected,
 * so they look like a name before the company noun they qualify: "die Übernahme des Grazer Stahlkonzerns Korvia".
 * A lone word in -er right before a company noun that a name follows is no company; the name after the noun is. A
 * name in -er that no name follows after its noun stays one.
 */
class PlaceAdjectiveBeforeDescriptionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Platz drei belegt die Übernahme des Grazer Stahlkonzerns Korvia durch den Rivalen Halvane.|Korvia",
        "de|Halvane kauft den Bremer Zulieferer Velantis für 2 Mrd. Euro.|Halvane;Velantis",
        "de|Die Übernahme der Genfer Softwarefirma Lumora kostet den Käufer 900 Mio. Franken.|Lumora"})
    void shouldNotReadAPlaceAdjectiveAsACompany(String language, String text, String expected) {
        // Given a place adjective in -er between an article and a company noun that a name follows
        // When the names are read
        // Then the adjective is none of them
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Halvane übernimmt Brenner für 2 Mrd. Euro.|Halvane;Brenner"})
    void shouldKeepANameInErThatNoNameFollows(String language, String text, String expected) {
        // Given a company whose name ends in -er with no company noun after it
        // When the names are read
        // Then it is still a name
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

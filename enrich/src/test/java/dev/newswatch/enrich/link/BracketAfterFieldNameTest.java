package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names of a round-up line whose items are a name, its field and a bracketed amount ("Zentrix dans la robotique (140
 * millions), Korvia dans la défense (115 millions)"): each name is a company.
 */
class BracketAfterFieldNameTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Ce trimestre, deux tours ont franchi 100 millions : Nuvelle dans la robotique (140 millions), Orvane "
                + "dans la défense (115 millions).|Nuvelle;Orvane",
        "en|Two rounds passed $100 million: Quorvel in robotics ($140 million), Halvane in defence ($115 "
                + "million).|Quorvel;Halvane",
        "it|Due round oltre i 100 milioni: Velantis nella robotica (140 milioni), Korvia nella difesa (115 "
                + "milioni).|Velantis;Korvia",
        "es|Dos rondas superaron los 100 millones: Ondara en robótica (140 millones), Velantis en defensa (115 "
                + "millones).|Ondara;Velantis"})
    void shouldReadNamesBeforeAFieldAndABracketedAmount(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

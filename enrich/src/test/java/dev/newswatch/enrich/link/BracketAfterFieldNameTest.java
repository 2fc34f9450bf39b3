package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names of a round-up line whose items are a name, its field and a bracketed amount ("Zentrix dans le spatial (170
 * millions), Korvia dans l'énergie (150 millions)"): each name is a company.
 */
class BracketAfterFieldNameTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Deux levées ont dépassé 100 millions : Nuvelle dans le spatial (170 millions d'euros), Orvane dans "
                + "l'énergie (150 millions).|Nuvelle;Orvane",
        "en|Two rounds passed $100 million: Quorvel in space robotics ($170 million), Halvane in defence ($150 "
                + "million).|Quorvel;Halvane",
        "it|Due round oltre i 100 milioni: Velantis nella robotica (170 milioni), Korvia nella difesa (150 "
                + "milioni).|Velantis;Korvia",
        "es|Dos rondas superaron los 100 millones: Ondara en robótica (170 millones), Velantis en defensa (150 "
                + "millones).|Ondara;Velantis"})
    void shouldReadNamesBeforeAFieldAndABracketedAmount(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

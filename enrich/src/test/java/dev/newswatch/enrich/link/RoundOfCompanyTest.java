package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The company whose round is named by a round noun and a genitive, without an amount between them ("the funding
 * round of Zentrix", "la levée de fonds de Zentrix", "la ronda de financiación de Zentrix", "il round di
 * finanziamento di Zentrix", "die Finanzierungsrunde von Zentrix"); the stage of a round ("Serie B") is no name.
 */
class RoundOfCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Two pension funds joined the funding round of Quorvel last week.|Quorvel",
        "it|Il fondo guiderà il prossimo round di finanziamento di Velantis.|Velantis",
        "de|Die Bank beteiligt sich an der Finanzierungsrunde von Korvia.|Korvia",
        "fr|Deux fonds régionaux participent au tour de table de Nuvelle.|Nuvelle",
        "fr|La levée de fonds d'Orvane a été bouclée en juin.|Orvane",
        "es|Un banco vasco participa en la ronda de financiación de Ondara.|Ondara",
    })
    void shouldReadTheCompanyOfTheRound(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il fondo ha guidato il round di finanziamento di Serie D.",
        "es|La ronda de financiación de Serie A se cerró en mayo.",
    })
    void shouldNotReadTheStageOfARoundAsAName(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

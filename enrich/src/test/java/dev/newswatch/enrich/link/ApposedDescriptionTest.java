package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description set off by commas next to a name: after it without an article or with a possessive ("X, société
 * française,", "X, his AI company,", "X, su compañía de software,", "X, die KI-Firma des Gründers"), or before it
 * with a complement ("La pépite française du quantique, X, annonce"): the name is a company.
 */
class ApposedDescriptionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Quorvel, his robotics company, is valued at $2 billion.|Quorvel",
        "it|Velantis, la sua società di robotica, vale 2 miliardi.|Velantis",
        "de|Lumora, die junge Firma des Gründers, ist 2 Milliarden wert.|Lumora",
        "fr|Nuvelle, société française, est un acteur reconnu du secteur.|Nuvelle",
        "fr|Orvane, sa start-up de robotique, vaut 2 milliards.|Orvane",
        "es|Ondara, una joven firma que cotiza en bolsa, vale 2.000 millones.|Ondara",
        "es|Velantis, su compañía de robótica, vale 2.000 millones.|Velantis"})
    void shouldReadANameWithADescriptionAfterItAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|La pépite française du quantique, Nuvelle, annonce une levée de 100 millions d'euros.|Nuvelle",
        "fr|La start-up spécialisée de la robotique, Orvane, vaut 2 milliards.|Orvane",
        "es|La startup chilena de pagos digitales, Ondara, vale 2.000 millones.|Ondara"})
    void shouldReadANameAfterADescriptionWithAComplementAndACommaAsACompany(String language, String text,
                                                                             String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name set off as one of a group of companies ("Zentrix, one of the most valued start-ups", "Zentrix, l'une des
 * start-up les plus...", "Zentrix, una delle startup più...", "Zentrix, una de las empresas más...", "Zentrix, eines
 * der wertvollsten Start-ups") is a company.
 */
class OneOfGroupAppositionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The fund backs Quorvel, one of the most closely watched young firms in Asia.|Quorvel",
        "fr|Le fonds soutient Nuvelle, l'une des start-up les plus en vue du pays.|Nuvelle",
        "it|Il fondo sostiene Velantis, una delle startup più promettenti del paese.|Velantis",
        "es|El fondo respalda a Ondara, una de las empresas más valiosas del país.|Ondara",
        "de|Der Fonds unterstützt Lumora, eines der wertvollsten Start-ups des Landes.|Lumora"})
    void shouldReadANameThatIsOneOfAGroupOfCompanies(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

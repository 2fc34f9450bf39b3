package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a deal verb with an aside between them, set off by commas ("Zentrix, a firm founded in 2019 by two
 * engineers, has raised"), and a name that is itself such an aside after its description ("the robotics arm of
 * the group, Zentrix, has raised"): the name is a company though the table does not know it.
 */
class SubjectAfterAsideTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Quorvel, among the best-funded chip designers in Asia this year, raised $300 million on Monday.|Quorvel",
        "en|The payments arm of the retailer, Brightmoor, has secured $90 million.|Brightmoor",
        "it|Velantis, fondata nel 2019 da due ex ricercatori, ha raccolto 40 milioni di euro.|Velantis",
        "de|Korvia, ein Hersteller von Batteriezellen aus Ulm, sammelte 80 Millionen Euro ein.|Korvia",
        "fr|Nuvelle, fondée à Nantes il y a trois ans, a levé 25 millions d'euros.|Nuvelle",
        "es|Ondara, creada en Bilbao en 2020 por tres ingenieras, ha recaudado 30 millones de euros.|Ondara",
    })
    void shouldReadTheSubjectOfADealVerbAfterAnAside(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a person, a month and a sentence mark inside the aside are no company subjects
        "en|Anna Berg, the former banker who runs it, raised $30 million.",
        "en|Last May, after months of talks, raised hopes of a deal.",
        "en|Quorvel, the rival. Then came a start-up that raised $5 million.",
        // a role in the aside makes the name a person's
        "es|Ignacio Vidal, ex director ejecutivo de Ondara, recaudó 20 millones de dólares.",
        "fr|Mahé Lorrain, ancien directeur de Nuvelle, a levé 12 millions d'euros.",
    })
    void shouldNotReadOtherNamesBeforeAnAsideAsSubjects(String language, String text) {
        // the company of a role in the aside ("director ejecutivo de Ondara") is one; the name before the aside is not
        List<String> read = names(text, language);
        assertTrue(read.stream().noneMatch(text::startsWith), () -> text + " -> " + read);
    }
}

package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name the entity table does not know that closed a round in a clause around it is a company: a relative clause
 * with the amount before its verb ("Zentrix, das eine Runde über 11,5 Millionen Euro abgeschlossen hat": "[amount]"
 * in an after phrase), an Italian relative clause without its comma ("c'è Zentrix che ha chiuso un round"), the agent
 * of a round ("the $15 million round closed by Zentrix"). A person so described, or a name with no amount in the
 * German clause, is not.
 */
class RoundClosedInAClauseTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Among the finalists is Quorvel, which closed an $11.5 million Series B round.|Quorvel",
        "en|The $15 million round closed by Halvane was the largest of the month.|Halvane",
        "it|Tra le finaliste c'è Velantis che ha chiuso un round Serie A da 12,5 milioni di dollari.|Velantis",
        "it|Nel gruppo figura Velantis che ha raccolto 4,2 milioni di euro a marzo.|Velantis",
        "fr|Parmi les finalistes figure Nuvelle, qui a bouclé une levée de 11,5 millions d'euros.|Nuvelle",
        "es|Entre las finalistas está Ondara, que cerró una ronda de 11,5 millones de euros.|Ondara",
        "de|Darunter ist Lumora, das eine Finanzierungsrunde über 11,5 Millionen Euro abgeschlossen hat.|Lumora",
        "de|Dazu zählt Lumora, die in einer neuen Runde 11,5 Millionen Euro eingesammelt hat.|Lumora",
        "de|Dazu zählt Lumora, das von mehreren Fonds insgesamt 4,2 Millionen Euro erhalten hat.|Lumora",
        "de|Dazu zählt Lumora, das im Frühjahr eine Finanzspritze über 7 Mio. Euro erhielt.|Lumora",
        // the agent of a round noun phrase
        "fr|Le mois doit beaucoup à la levée de 23 millions d'euros bouclée par Nuvelle.|Nuvelle",
        "it|Entrano tre fondi nell'aumento di capitale da 9 milioni di euro deliberato in maggio da Velantis.|Velantis",
        "es|El mes debe mucho a la ronda de 23 millones de euros cerrada por Ondara.|Ondara"})
    void shouldReadANameThatClosedARoundAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The market closed by Friday at a record.",
        "it|La fondatrice Anna Berg che ha raccolto fondi per la ricerca ha parlato per prima.",
        "it|A Milano che ha chiuso la stagione con un concerto si è parlato di musica.",
        "fr|La fondatrice Anna Berg, qui a levé des fonds pour la recherche, a parlé la première.",
        "es|La fundadora Anna Berg, que recaudó fondos para la investigación, habló primero.",
        "de|Anna Berg, die ihr Studium abgeschlossen hat, sprach zuerst.",
        "de|Das Projekt Lumora, das im Mai abgeschlossen wurde, kostete wenig."})
    void shouldNotReadAPersonOrAPlaceAsACompany(String language, String text) {
        assertEquals(List.of(), names(text, language), text);
    }
}

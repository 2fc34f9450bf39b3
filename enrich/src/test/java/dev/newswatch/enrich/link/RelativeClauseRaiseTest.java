package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name followed by a relative clause that says it raised money ("Zentrix, which raised $2bn", "Zentrix, che ha
 * raccolto", "Zentrix, qui a levé", "Zentrix, que recaudó", "Zentrix, das zuletzt 2 Milliarden eingesammelt hat")
 * is a company; a person so described is not.
 */
class RelativeClauseRaiseTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Defence groups such as Quorvel, which recently raised $2.5 billion, are hiring.|Quorvel",
        "en|Investors favour Halvane, which has closed a $400 million round.|Halvane",
        "en|Analysts cite Korvia, which raised at a high valuation, and Quorvel which raised $90 million.|Korvia;Quorvel",
        "it|Tra i protagonisti c'è Velantis, che a marzo ha raccolto 300 milioni di euro.|Velantis",
        "fr|Le secteur compte Nuvelle, qui a levé 200 millions d'euros en mai.|Nuvelle",
        "es|El sector cuenta con Ondara, que recaudó 150 millones de euros en abril.|Ondara",
        "de|Dazu zählt Lumora, das zuletzt 80 Millionen Euro eingesammelt hat.|Lumora"})
    void shouldReadANameThatARelativeClauseSaysRaisedAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The founder Anna Berg, who raised $20 million for charity, spoke first.",
        "it|La fondatrice Anna Berg, che ha raccolto fondi per la ricerca, ha parlato per prima."})
    void shouldNotReadAPersonAsACompany(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

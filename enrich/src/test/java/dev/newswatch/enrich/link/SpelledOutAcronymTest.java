package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An acronym in brackets read as a company stands for the capitalised words before the bracket whose initials spell
 * it, even where some are not-names ("North America Data Center Korvia (NADCK)"): the long name is the company, and
 * the acronym names it too (same id, same name). Brackets that spell nothing before them change nothing.
 */
class SpelledOutAcronymTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> mentions(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(m -> m.entityId() + "=" + m.name()).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|North America Data Center Korvia (NADCK) will build two sites. NADCK has raised $65 million.|"
                + "north-america-data-center-korvia=North America Data Center Korvia",
        "fr|La start-up Société Nouvelle de Calcul (SNC) a levé 20 millions d'euros.|"
                + "societe-nouvelle-de-calcul=Société Nouvelle de Calcul",
        "it|La startup Rete Italiana di Calcolo (RIC) ha raccolto 20 milioni di euro.|"
                + "rete-italiana-di-calcolo=Rete Italiana di Calcolo",
        "es|La startup Red Vasca de Cálculo (RVC) ha recaudado 20 millones de euros.|"
                + "red-vasca-de-calculo=Red Vasca de Cálculo",
        "de|Das Start-up Rechen Werk Kassel (RWK) hat 20 Millionen Euro eingesammelt.|"
                + "rechen-werk-kassel=Rechen Werk Kassel"})
    void shouldReadTheSpelledOutNameAsTheCompany(String language, String text, String expected) {
        assertEquals(List.of(expected), mentions(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The start-up Quorvel (QRV) has raised $20 million.|quorvel=Quorvel",
        "en|Quorvel Robotics (QUO) has raised $20 million.|quorvel-robotics=Quorvel Robotics"})
    void shouldKeepTheNameWhenTheBracketSpellsNothingBeforeIt(String language, String text, String expected) {
        assertEquals(List.of(expected), mentions(text, language), text);
    }
}

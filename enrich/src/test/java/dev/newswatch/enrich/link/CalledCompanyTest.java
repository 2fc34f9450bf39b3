package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company noun and a verb of naming before a name ("a new start-up called Zentrix", "une start-up baptisée
 * Zentrix", "una startup chiamata Zentrix", "una startup llamada Zentrix", "ein Start-up namens Zentrix"): the name
 * is a company; a person called so is not.
 */
class CalledCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The researcher now runs a new startup, called Quorvel, from Paris.|Quorvel",
        "fr|Le chercheur dirige une start-up baptisée Nuvelle depuis Paris.|Nuvelle",
        "it|Il ricercatore guida una startup chiamata Velantis da Milano.|Velantis",
        "es|El investigador dirige una startup llamada Ondara desde Madrid.|Ondara",
        "de|Der Forscher leitet ein Start-up namens Lumora aus Berlin.|Lumora"})
    void shouldReadANameCalledSoAfterACompanyNoun(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The startup hired a lawyer called Anna Berg.",
        "fr|La start-up a embauché une avocate nommée Anna Berg."})
    void shouldNotReadAPersonCalledSo(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

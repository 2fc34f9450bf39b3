package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names the table does not know, read as companies in two places of French and Spanish round news: before "reúne" or
 * "suma" with the money right after ("Ondara reúne 10 millones"), and after a fund described by its nationality
 * ("con el fondo australiano Pelmora", "auprès du fonds américain Halvora"); and after "la néobanque" / "el neobanco"
 * or "el neobanco" ("la néobanque française Velbank"), and after a description with "for" ("la néobanque pour
 * indépendants Velbank", "la plataforma para autónomos Velbank").
 */
class SpanishSumVerbsAndDescribedFundsTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Ondara reúne 10 millones de euros para crecer en Europa.|Ondara",
        "es|Ondara reúne €10M para crecer en Europa.|Ondara",
        "es|Ondara suma 3 millones de euros en su primera ronda.|Ondara",
        "es|Ondara ha reunido 4 millones de euros.|Ondara",
        "es|La tecnológica levanta 16 millones de euros con el fondo australiano Pelmora.|Pelmora",
        "es|La ronda cuenta con la participación del fondo británico Pelmora.|Pelmora",
        "fr|La jeune pousse lève 5 millions d'euros auprès du fonds américain Halvora.|Halvora",
        "fr|La société a fait entrer le fonds suédois Halvora à son capital.|Halvora",
        "fr|La néobanque française Velbank se distingue avec une levée de 47 millions d'euros.|Velbank",
        "es|El neobanco español Velbank se expande en Italia.|Velbank",
        // a description with "for" and whom the company serves
        "fr|La néobanque pour indépendants Velbank se distingue avec une levée de 47 millions d'euros.|Velbank",
        "es|La plataforma para autónomos Velbank ha captado 5 millones de euros.|Velbank",
    })
    void shouldReadTheName(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // no money right after the verb: a place gathering people, a total of clients
        "es|Madrid reúne a 300 expertos en inteligencia artificial.",
        "es|Galicia suma tres nuevas fábricas este año.",
        // "for" right before the name: whom something is for, no description
        "es|La plataforma trabaja para Velbank desde 2019.",
    })
    void shouldNotReadNamesWithoutMoney(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

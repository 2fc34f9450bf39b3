package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names joined by a coordinator before a raise verb in the plural ("Zentrix y Korvia cerraron rondas", "Zentrix et
 * Korvia ont levé", "Zentrix e Korvia hanno raccolto", "Zentrix und Korvia sammelten"): both are companies.
 */
class PluralRaiseSubjectsTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Las fintech Ondara y Velantis cerraron importantes rondas de financiación.|Ondara;Velantis",
        "fr|Les fintech Nuvelle et Orvane ont levé 50 millions d'euros chacune.|Nuvelle;Orvane",
        "it|Le fintech Velantis e Korvia hanno raccolto 50 milioni ciascuna.|Velantis;Korvia",
        "de|Die Start-ups Lumora und Korvia sammelten je 50 Millionen Euro ein.|Lumora;Korvia"})
    void shouldReadBothNamesBeforeAPluralRaiseVerb(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

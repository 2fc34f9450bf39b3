package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a verb of receiving or securing money with the amount written in words ("Zentrix recibe 50
 * millones", "Zentrix riceve 50 milioni", "Zentrix reçoit 50 millions", "Zentrix bekommt 50 Millionen") is a
 * company; the same verb with no amount after it says nothing.
 */
class ReceivedAmountSubjectTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Ondara recibe 50 millones de euros de un fondo británico.|Ondara",
        "es|Velantis suma 65 millones en una ronda serie B.|Velantis",
        "es|Korvia se hace con 23 millones de euros.|Korvia",
        "it|Velantis riceve 40 milioni di euro da un fondo tedesco.|Velantis",
        "it|Korvia si assicura 2 miliardi di dollari per i suoi centri dati.|Korvia",
        "fr|Nuvelle reçoit 30 millions d'euros de la banque publique.|Nuvelle",
        "fr|Orvane s'assure 120 millions d'euros auprès de fonds américains.|Orvane",
        "de|Lumora bekommt 80 Millionen Euro von einem US-Fonds.|Lumora",
        "de|Korvia warb 2 Milliarden Dollar bei Investoren ein.|Korvia"})
    void shouldReadTheSubjectThatReceivesAnAmountAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Ondara recibe críticas por su nuevo producto.",
        "it|Velantis riceve i complimenti della stampa.",
        "fr|Nuvelle reçoit des éloges de la presse.",
        "de|Lumora bekommt viel Lob von der Presse."})
    void shouldNotReadTheSubjectOfAReceiveVerbWithoutAmount(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

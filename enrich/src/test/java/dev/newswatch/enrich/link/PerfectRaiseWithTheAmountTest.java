package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a raise told in the perfect is a company, in German too, where the amount stands between the
 * auxiliary and the participle ("Zentrix hat in einer Runde 15 Millionen Euro eingesammelt": "hat [adj] [amount]
 * eingesammelt"); the other languages put the participle first. A person or a place so described is not, nor a name before a number with no scale word.
 */
class PerfectRaiseWithTheAmountTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Lumora hat 15 Millionen Euro eingesammelt.|Lumora",
        "de|Lumora hat in einer neuen Finanzierungsrunde 15,5 Millionen Euro eingesammelt.|Lumora",
        "de|Lumora hatte im Mai von Investoren 15 Millionen Euro erhalten.|Lumora",
        "de|Lumora hat bei Fonds aus Europa 15 Mio. Euro eingeworben.|Lumora",
        "en|Quorvel has raised $15 million in a new round.|Quorvel",
        "it|Velantis ha incassato 15 milioni di euro.|Velantis",
        "fr|Nuvelle a levé 15 millions d'euros.|Nuvelle",
        "es|Ondara ha recaudado 15 millones de euros.|Ondara"})
    void shouldReadTheSubjectOfARaiseInThePerfectAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Anna Berg hat 15 Millionen Euro eingesammelt.",
        "de|Die Stadt Berlin hat 15 Millionen Euro erhalten.",
        "de|Lumora hat 15 Jahre auf den Bescheid gewartet."})
    void shouldNotReadAPersonAPlaceOrAnAmountlessClauseAsACompany(String language, String text) {
        assertEquals(List.of(), names(text, language), text);
    }
}

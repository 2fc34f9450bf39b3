package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A raise announced with a date or an aside between commas inside the phrase ("Zentrix a annoncé, mercredi 22 mai,
 * avoir levé", "Zentrix ha annunciato, lunedì, di aver raccolto", "Zentrix anunció, este lunes, que ha recaudado",
 * "Zentrix said, on Monday, it had raised"): the name is a company.
 */
class AnnouncedWithAsideTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Le site Nuvelle a annoncé, mercredi 22 mai, avoir levé 90 millions d'euros.|Nuvelle",
        "it|Velantis ha annunciato, lunedì 3 marzo, di aver raccolto 40 milioni di euro.|Velantis",
        "es|Ondara anunció, este lunes, que ha recaudado 30 millones de euros.|Ondara",
        "en|Quorvel said, on Monday, it had raised $90 million.|Quorvel"})
    void shouldReadANameThatAnnouncedARaiseWithAnAside(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

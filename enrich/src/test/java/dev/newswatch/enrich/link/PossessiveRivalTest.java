package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rival named with a possessive ("su competidora Zentrix", "son concurrent Zentrix", "il suo concorrente Zentrix")
 * is a company.
 */
class PossessiveRivalTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|El fabricante quiere comprar a su competidora Ondara por 21.000 millones.|Ondara",
        "fr|Le fabricant veut racheter son concurrent Nuvelle pour 21 milliards.|Nuvelle",
        "it|Il produttore vuole comprare il suo concorrente Velantis per 21 miliardi.|Velantis"})
    void shouldReadARivalNamedWithAPossessive(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

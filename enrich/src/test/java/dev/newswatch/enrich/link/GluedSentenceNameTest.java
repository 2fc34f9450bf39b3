package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages that join their paragraphs glue a sentence's period to the next sentence's first word ("on June
 * 9.Zentrix closed a round"): the name after that period is read as a word of its own, in every language; a period
 * inside a name or a domain is not such a stop.
 */
class GluedSentenceNameTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Trading in the shares ended on June 9.Quorvel closed a $320 million Series D round last week.|Quorvel",
        "en|Two pension plans also took part, as did others.Halvane raised $90 million.|Halvane",
        "fr|Le tour a été bouclé le 9 juin.Nuvelle a levé 200 millions d'euros.|Nuvelle",
        "it|Il round è stato chiuso il 9 giugno.Velantis ha raccolto 200 milioni.|Velantis",
        "es|La ronda se cerró el 9 de junio.Ondara ha recaudado 200 millones.|Ondara",
        "de|Die Runde endete am 9. Juni.Lumora sammelte 200 Millionen Euro.|Lumora"})
    void shouldReadANameGluedToThePreviousSentence(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The travel site Quorvel.com raised $90 million.|Quorvel.com"})
    void shouldKeepADomainWhole(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The edges of the shortcuts {@link ProvisionalNames#find} takes for speed (session 30), each giving what the plain
 * reading gave: the lower-case brand before a comma read backwards (its length, digits, a hyphen before it, letters
 * beyond ASCII and outside the BMP), an after phrase tried only for the word after the name, in any case, a list item
 * with its amount, a former name.
 */
class ReadingShortcutsTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private String names(String text, String language) {
        return String.join(";", finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct()
                .toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The lab completed its acquisition of qorb2, the hardware startup of two designers.|qorb2",
        "en|The lab completed its acquisition of qorbitalabcd, the hardware startup of two designers.|qorbitalabcd",
        "en|The lab completed its acquisition of qörb, the hardware startup of two designers.|qörb",
        "en|The lab completed its acquisition of 𝐪orb, the hardware startup of two designers.|𝐪orb",
        "en|The lab completed its acquisition of q𝐨rb, the hardware startup of two designers.|q𝐨rb",
        "en|Quorvel, the Lima start-up, raised $50 million.|Quorvel",
        "en|Quorvel raised $50 million in a round.|Quorvel",
        "en|Quorvel has raised $50 million in a round.|Quorvel",
        "fr|Quorvel, la start-up lyonnaise, a levé 50 millions d'euros.|Quorvel",
        "fr|Quorvel, qui a levé 50 millions d'euros, recrute.|Quorvel",
        "de|Quorvel hat 50 Millionen Euro eingesammelt.|Quorvel",
        "it|Quorvel ha raccolto 50 milioni di euro.|Quorvel",
        "es|Quorvel ha recaudado 50 millones de euros.|Quorvel",
        "en|The fund backed Zentrix: $50M; Korvia: $40M; Velantis: $30M.|Zentrix;Korvia;Velantis",
        "en|The fund backed Zentrix, with $50M; Korvia, with $40M.|Zentrix;Korvia",
        "en|ex-Zentrix Semiconductors raised $50 million in a round.|Zentrix Semiconductors"})
    void shouldReadTheCompany(String language, String text, String expected) {
        assertEquals(expected, names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // thirteen letters are too many for a lower-case brand; a hyphen before it joins it to another word
        "en|The lab completed its acquisition of qorbitalabcde, the hardware startup of two designers.",
        "en|The lab completed its acquisition of x-qorb, the hardware startup of two designers.",
        // a phrase's first word glued to the next is no phrase
        "en|Quorvel hasraised $50 million in a round."})
    void shouldReadNoCompany(String language, String text) {
        assertEquals("", names(text, language), text);
    }

    /**
     * The capitalised runs of a text are cut once for find and a slot reader of the same text: the reader's known
     * mentions still set their runs aside, as a reader of a text read afresh does.
     */
    @Test
    void shouldGiveASlotReaderOfTheSameTextItsOwnKnownMentions() {
        String text = "Zentrix Labs und SoftBanks Fonds Korvia: Orvane sammelte 50 Millionen Euro ein.";
        EntityMention softBank = new EntityMention("softbank", "SoftBank", "SoftBank", 0, 0, false);
        EntityMention zentrix = new EntityMention("zentrix", "Zentrix Labs", "Zentrix Labs", 0, 12, false);
        finder.find(text, "de", List.of());
        String afterFind = candidates(finder.slotReader(text, "de", List.of(softBank, zentrix)), text);
        String afresh = candidates(finder.slotReader(new String(text), "de", List.of(softBank, zentrix)), text);
        assertEquals(afresh, afterFind);
        finder.find(text, "de", List.of(softBank, zentrix));
        assertEquals(candidates(finder.slotReader(new String(text), "de", List.of()), text),
                candidates(finder.slotReader(text, "de", List.of()), text));
    }

    private static String candidates(ProvisionalNames.SlotReader reader, String text) {
        return reader.candidates(0, text.length()).stream().map(m -> m.start() + ":" + m.name()).toList().toString();
    }
}

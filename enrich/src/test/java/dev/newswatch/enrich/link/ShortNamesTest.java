package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A company called by its name without its suffixes after the article named it in full. */
class ShortNamesTest {

    private final ProvisionalNames names = ProvisionalNames.bundled();

    private static EntityMention mention(String text, String written, String id, boolean provisional) {
        int at = text.indexOf(written);
        return new EntityMention(id, written, written, at, at + written.length(), provisional);
    }

    private List<String> shortForms(String text, EntityMention... named) {
        return names.shortForms(text, List.of(named)).stream()
                .map(m -> m.entityId() + "@" + m.start() + ":" + m.surface()).toList();
    }

    @Test
    void shouldReadTheNameWithoutItsSuffixAfterTheFullName() {
        String text = "Brontix Security closed a large round. The deal came fast. Investors like what Brontix builds.";
        int later = text.lastIndexOf("Brontix");
        assertEquals(List.of("brontix-security@" + later + ":Brontix"),
                shortForms(text, mention(text, "Brontix Security", "brontix-security", true)));
    }

    @Test
    void shouldReadAPossessiveShortFormThatOpensASentence() {
        String text = "Brontix Security closed a large round. Brontix's round was led by a fund.";
        assertEquals(List.of("brontix-security@" + text.lastIndexOf("Brontix") + ":Brontix"),
                shortForms(text, mention(text, "Brontix Security", "brontix-security", false)));
    }

    @Test
    void shouldNotReadAShortFormThatOpensASentenceWithoutPossessive() {
        // "Together, they..." says nothing about Together AI: a capital that opens a sentence is no name
        String text = "Together AI signed a contract. Together, the firms will build a campus.";
        assertEquals(List.of(), shortForms(text, mention(text, "Together AI", "together", false)));
    }

    @Test
    void shouldNotReadAShortFormBeforeTheFullName() {
        String text = "Analysts expect Brontix to grow. Brontix Security closed a large round.";
        assertEquals(List.of(), shortForms(text, mention(text, "Brontix Security", "brontix-security", true)));
    }

    @Test
    void shouldNotReadAShortFormTwoCompaniesShare() {
        String text = "Orvane Robotics and Orvane Capital talked. Later Orvane said no.";
        assertEquals(List.of(), shortForms(text, mention(text, "Orvane Robotics", "orvane-robotics", true),
                mention(text, "Orvane Capital", "orvane-capital", true)));
    }

    @Test
    void shouldNotReadANameWithoutSuffixOrAWordThatIsNeverAName() {
        String text = "Halvora Brands and The Labs met. Later Halvora and The met again.";
        assertEquals(List.of(), shortForms(text, mention(text, "Halvora Brands", "halvora-brands", true),
                mention(text, "The Labs", "the-labs", true)));
    }
}

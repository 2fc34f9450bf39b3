package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A known name that a dot joins to a word that ends such names ("Kelvra.Health", "Kelvra.Bio") is the first half of
 * an unknown company's name, not the known company (session 31); a dot before a word that opens a sentence, or a
 * lower-case domain, still leaves the known name linked. Sentences and companies of our own.
 */
class DottedNameLinkTest {

    private static final EntityLinker LINKER = EntityLinker.of(List.of(
            new Entity("kelvra", "Kelvra", List.of(), "company", null, null)));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Kelvra.Health has raised $8 million in seed funding.|0",
        "The biotech Kelvra.Bio closed a round.|0",
        "Investors backed Kelvra.Pay, a payments start-up.|0",
        "Shares of Kelvra rose.|1",
        "Kelvra.com sells shoes online.|1",
        "The round was led by Kelvra.The company did not comment.|1",
        "Analysts followed Kelvra.Zentrix raised money too.|1"})
    void aDottedNameIsNotTheKnownCompany(String text, int linked) {
        // Given a text naming a known company, alone or with a dot and a word right after it
        // When its names are linked
        // Then the known company is linked only where the dot does not join the halves of a longer name
        List<EntityMention> mentions = LINKER.link(text);
        assertEquals(linked, mentions.size(), text + " -> " + mentions);
    }
}

package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Companies the entity table does not know, read from the places where news names companies. */
class ProvisionalNamesTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // subject of a raise verb, with an apposition
        "en|Zentrix Robotics, a Munich-based start-up, has raised $300 million.|Zentrix Robotics",
        // description before the name
        "en|The AI start-up Quorvel closed a $120 million round.|Quorvel",
        // object of an acquisition verb; the legal form is not part of the name
        "en|The group agreed to acquire Brightmoor Systems Inc. for $2 billion.|Brightmoor Systems",
        // the lead investor after 'led by'
        "en|The round was led by Halvora Capital.|Halvora Capital",
        "it|La start-up Velantis ha raccolto 200 milioni di euro.|Velantis",
        "de|Das Münchner Start-up Korvia hat 150 Millionen Euro eingesammelt.|Korvia",
        // a German compound that describes the company is not part of its name
        "de|Der Konzern übernimmt das KI-Chip-Startup Lumora für 2 Milliarden Euro.|Lumora",
        "fr|La pépite Nuvelle lève 180 millions d'euros.|Nuvelle",
        "es|La startup Ondara ha recaudado 90 millones de euros.|Ondara",
    })
    void shouldReadACompanyFromACompanyPlace(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a capitalised word is not a company by itself
        "en|In March the market for chips grew to $500 billion.",
        "en|Paris will host the summit on Monday.",
        // a person after 'led by' followed by a title
        "en|The effort was led by Anna Berg, the chief executive.",
        // nationality before the real name
        "en|AMD will buy the Finnish laboratory for $600 million.",
    })
    void shouldNotMakeACompanyOfOrdinaryCapitalisedWords(String language, String text) {
        assertEquals(List.of(), names(text, language), text);
    }

    @Test
    void shouldMarkEveryLaterMentionOfTheSameCompanyWithOneId() {
        String text = "The start-up Quorvel raised $120 million. Quorvel will hire 50 engineers.";

        List<EntityMention> mentions = finder.find(text, "en", List.of());

        assertEquals(2, mentions.size());
        assertTrue(mentions.stream().allMatch(m -> m.provisional() && m.entityId().equals("quorvel")));
        assertEquals(text.indexOf("Quorvel will"), mentions.get(1).start());
    }

    @Test
    void shouldLeaveNamesOfTheEntityTableAlone() {
        String text = "The start-up Quorvel raised $120 million.";
        int start = text.indexOf("Quorvel");
        EntityMention known = new EntityMention("quorvel-known", "Quorvel", "Quorvel", start, start + 7);

        assertEquals(List.of(), finder.find(text, "en", List.of(known)));
    }
}

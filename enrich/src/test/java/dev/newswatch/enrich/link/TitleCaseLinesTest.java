package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a headline in title case or in capitals is read as its sentence ({@link TitleCaseLines}). */
class TitleCaseLinesTest {

    private static final TitleCaseLines LINES = TitleCaseLines.bundled();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the common words lowered, the first word and the names kept
        "Quellor Raises $40 Million In Series B Led By Index Ventures|"
                + "Quellor raises $40 million in Series B led by Index Ventures",
        "Norvane Reaches Deal to Buy Telquist for $1.4 Billion|Norvane reaches deal to buy Telquist for $1.4 billion",
        // a field word only before a company noun; a hyphened word part by part
        "Oracle Buys Cloud Security Firm Tandrix For $300 Million|Oracle buys cloud security firm Tandrix for $300 million",
        "Oracle Buys Health Catalyst For $300 Million|Oracle buys Health Catalyst for $300 million",
        "San Francisco-Based Quellor Raises $40 Million|San Francisco-based Quellor raises $40 million",
        // any capitalised words between a common word and a company noun a name follows describe it
        "Uber Invests $300 Million In Self-Driving Start-Up Wayvio|Uber invests $300 million in self-driving start-up Wayvio",
        // a word that ends a name keeps its capital after a name word; abbreviations stay
        "Halvora Capital Invests $20 Million In AI Chip Maker Korvia|"
                + "Halvora Capital invests $20 million in AI chip maker Korvia",
        // a line in capitals: common words lowered, other words of four letters or more with one capital
        "NORVANE REACHES DEAL TO BUY TELQUIST FOR $1.4 BILLION|Norvane reaches deal to buy Telquist for $1.4 billion",
        "IBM AGREES TO ACQUIRE QUELLOR|IBM agrees to acquire Quellor"})
    void aTitleCaseLineIsReadAsItsSentence(String headline, String sentence) {
        assertEquals(sentence, LINES.asSentences(headline, "en", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en|Quellor raised $40 million in a round led by Index Ventures.",
        "en|The Series B Round was led by Halvora Capital and Korvia Ventures.",
        "en|Quellor Raises $40M",
        "en|Halvora Ventures and Quellor Group invested in Plexa.",
        "de|Quellor Sammelt 40 Millionen Euro Von Index Ventures Ein",
        "fr|Quellor Lève 40 Millions D'euros Auprès D'Index Ventures"})
    void otherLinesAndLanguagesWithoutAListAreReadAsWritten(String language, String text) {
        assertSame(text, LINES.asSentences(text, language, List.of()));
    }

    @Test
    void onlyTheLinesInTitleCaseChangeAndTheTextKeepsItsLength() {
        String text = "Quellor Buys Plexa For $40 Million\nQuellor said it will buy Plexa For now.";
        String read = LINES.asSentences(text, "en", List.of());
        assertEquals("Quellor buys Plexa for $40 million\nQuellor said it will buy Plexa For now.", read);
        assertEquals(text.length(), read.length());
    }

    @Test
    void aKnownNameStaysAsWritten() {
        String text = "Salesforce Invests $20 Million In Back Market Rival Korvia";
        int at = text.indexOf("Back Market");
        EntityMention backMarket = new EntityMention("back-market", "Back Market", "Back Market", at,
                at + "Back Market".length(), false);
        assertEquals("Salesforce invests $20 million in Back Market rival Korvia",
                LINES.asSentences(text, "en", List.of(backMarket)));
    }

    @Test
    void commonWordsAndNounsOfPeople() {
        assertTrue(LINES.isCommonWord("investors", "en"));
        assertTrue(LINES.isCommonWord("existing", "en"));
        assertFalse(LINES.isCommonWord("tandrix", "en"));
        assertTrue(LINES.isCommonWord("tandrix", "de"), "a language without a list says nothing of its words");
        assertTrue(LINES.isPartyNoun("backers", "en"));
        assertTrue(LINES.isPartyNoun("officials", "en"));
        assertFalse(LINES.isPartyNoun("will", "en"));
        assertFalse(LINES.isPartyNoun("backers", "de"));
    }
}

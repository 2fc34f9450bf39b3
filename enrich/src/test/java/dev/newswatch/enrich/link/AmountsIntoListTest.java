package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of amounts that go into companies after an investment verb ("invested $3bn in Korvia, $2bn in Zentrix and
 * $1bn in Halvane", "a injecté 3 milliards dans Korvia, 2 milliards dans Zentrix"): every item's name is a company,
 * not only the first; the same items without an investment place before them are not read.
 */
class AmountsIntoListTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The group invested $3 billion in Korvia, $2 billion in Quorvel and $1 billion in Halvane.|"
                + "Korvia;Quorvel;Halvane",
        "fr|Cette année, le groupe a injecté 3 milliards d'euros dans Korvia, 2 milliards dans Nuvelle et 800 "
                + "millions dans Orvane.|Korvia;Nuvelle;Orvane",
        "it|Il gruppo ha investito 3 miliardi di euro in Korvia, 2 miliardi in Velantis e 1 miliardo in Lumora.|"
                + "Korvia;Velantis;Lumora",
        "es|El grupo ha invertido 3.000 millones de euros en Korvia, 2.000 millones en Ondara y 900 millones en "
                + "Velantis.|Korvia;Ondara;Velantis",
        "de|Der Konzern investiert 3 Milliarden Euro in Korvia, 2 Milliarden in Lumora und 1 Milliarde in Quorvel.|"
                + "Korvia;Lumora;Quorvel"})
    void shouldReadEveryNameOfAListOfAmountsIntoCompanies(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // no investment place before the items: quarters and markets are not companies
        "en|Revenue was $5 billion in Q1, $6 billion in Q2 and $7 billion in Q3.",
        "fr|Les ventes ont atteint 5 milliards dans Quorvia, 6 milliards dans Brentia."})
    void shouldNotReadItemsWithoutAnInvestmentPlace(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

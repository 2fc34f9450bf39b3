package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * In an inverted German clause the subject may follow the verb's reflexive "sich" or a sentence adverb ("nun",
 * "auch", "zudem", "erneut"), with its article: "Im Mai beteiligt sich jetzt der Investor X mit N an Y", "An der Runde
 * beteiligte sich auch der Fonds X". That "der" is the subject's article, not a genitive, so X pays
 * (docs/EXTRACTION.md, session 21). Read with the entity types of the shipped table (a fund only invests). Sentences
 * of our own.
 */
class SubjectArticleAfterReflexiveOrAdverbTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Im Mai beteiligte sich der Investor Sequoia mit 40 Millionen Euro an Helsing.",
        "Im Mai beteiligt sich jetzt der Fonds Sequoia mit 40 Millionen Euro an Helsing.",
        "An der Runde beteiligte sich auch der Wagniskapitalgeber Sequoia mit 40 Millionen Euro an Helsing.",
        "Mit 40 Millionen Euro beteiligt sich zudem der Investor Sequoia an Helsing."})
    void theArticleAfterSichOrAnAdverbOpensTheSubjectThatPays(String text) {
        assertFound("de", text, "helsing <- sequoia 40000000 EUR");
    }
}

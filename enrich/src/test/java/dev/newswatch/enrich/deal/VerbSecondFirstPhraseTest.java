package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first phrase of a verb-second clause and the subject after the verb (session 25, issue #9), in sentences of our
 * own: a sentence opened by a prepositional phrase ("Per Aktientausch kauft X Y") has its subject after the verb, and
 * the noun of that phrase is no company; a compound of a field and "-Konzern" describes the name after it ("der
 * Mobilfunk-Konzern X"), its field being no company. Where the language puts its subject first (Italian), the same
 * opening phrase keeps the same reading.
 */
class VerbSecondFirstPhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Per Aktientausch kauft Nvidia den Chipentwickler Cohere für 20 Milliarden Dollar.",
        "Im Rahmen eines Aktientauschs übernimmt Nvidia den Rivalen Cohere für 20 Milliarden Dollar.",
        "Mit Bargeld und Aktien erwirbt Nvidia das Start-up Cohere für 20 Milliarden Dollar."})
    void aNounOfAnOpeningPrepositionalPhraseIsNoSubject(String text) {
        // Given a German sentence whose first phrase is a prepositional phrase, the buyer right after the verb
        // When it is read
        // Then the buyer after the verb pays, the noun of the opening phrase is no party
        assertOneDeal("de", text, "Cohere", "Nvidia", "20E9", "USD");
    }

    @Test
    void theSameOpeningPhraseInAnItalianSentenceKeepsItsSubjectBeforeTheVerb() {
        // Given an Italian sentence with the same kind of opening phrase, its subject before the verb
        String text = "Con uno scambio di azioni, Nvidia compra la startup Cohere per 20 miliardi di dollari.";
        // When it is read
        // Then the subject before the verb pays
        assertOneDeal("it", text, "Cohere", "Nvidia", "20E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Für 12 Milliarden Euro kauft Nvidia im Mai den deutschen Mobilfunk-Konzern Zorvex.",
        "Für 12 Milliarden Euro kauft der Chemie-Konzern Nvidia im Mai den Chipkonzern Zorvex."})
    void aFieldJoinedToKonzernDescribesTheNameAfterIt(String text) {
        // Given a compound of a field and "-Konzern" right before a name
        // When it is read
        // Then the name after the compound is the party, the field is no company
        assertOneDeal("de", text, "Zorvex", "Nvidia", "12E9", "EUR");
    }

    @Test
    void aFieldJoinedToAnItalianCompanyNounDescribesTheNameAfterItToo() {
        // Given the Italian way to say the same, the field after the company noun
        String text = "Nvidia compra per 12 miliardi di euro il gruppo tedesco di telefonia mobile Zorvex.";
        // When it is read
        // Then the name after the description is bought
        assertOneDeal("it", text, "Zorvex", "Nvidia", "12E9", "EUR");
    }
}

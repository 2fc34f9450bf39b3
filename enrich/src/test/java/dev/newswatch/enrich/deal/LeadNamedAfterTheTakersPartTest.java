package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;

/**
 * The lead named as the subject of a lead phrase right after the names of the investors taking part ("A e B hanno
 * partecipato, mentre C ha guidato il round", "A and B took part, while C led the round"): before, the first name of
 * the sentence was read as the subject of "ha guidato il round", through the list and the word before the phrase, and
 * a participant was taken as the lead. Sentences of our own.
 */
class LeadNamedAfterTheTakersPartTest {

    @Test
    void theNameRightBeforeTheLeadPhraseLeadsTheRound() {
        // Given a round, then participants and, after "mentre" / "while", the lead; When it is read; Then the lead pays
        assertOneDeal("it", "Cohere ha chiuso un round da 30 milioni di dollari. Vi hanno partecipato Index Ventures e "
                + "Sequoia Capital, mentre Nvidia ha guidato il round.", "Cohere", "Nvidia", "30E6", "USD");
        assertOneDeal("en", "Cohere raised $30 million. Index Ventures and Sequoia Capital took part, while Nvidia led "
                + "the round.", "Cohere", "Nvidia", "30E6", "USD");
    }

    @Test
    void leadsJoinedByAndStillGiveTheFirst() {
        // Given two leads joined by "e" and a relative clause of leading; When it is read; Then the first leads
        assertOneDeal("it", "Cohere ha chiuso un round da 30 milioni di dollari. Index Ventures e Nvidia, che hanno "
                + "guidato il round, sono fondi noti.", "Cohere", "Index Ventures", "30E6", "USD");
        assertOneDeal("es", "Cohere completa una ronda de 45 millones de euros. Nvidia y Sequoia Capital han sido los "
                + "principales inversores.", "Cohere", "Nvidia", "45E6", "EUR");
    }

    @Test
    void describedLeadsJoinedByAndWithNoCommaStillGiveTheFirst() {
        // Given two leads, each after its description, joined by "y" with no comma before the verb; When it is read;
        // Then the first leads (the second is no subject of its own)
        assertOneDeal("es", "Cohere completa una ronda de 45 millones de euros. El fabricante de chips Nvidia y el fondo "
                + "estadounidense Sequoia Capital han sido los principales inversores.", "Cohere", "Nvidia", "45E6",
                "EUR");
    }
}

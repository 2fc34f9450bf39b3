package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import org.junit.jupiter.api.Test;

/**
 * French deal reports told over two sentences or with a round noun of their own (docs/EXTRACTION.md, session 23,
 * French news grid), in sentences of our own: the investor of a round named in the next sentence as the one "avec
 * l'appui de" whom the operation was led, or "auprès de" whom it was made; a verbless sentence "Le tout pour N" that
 * gives the price of a purchase told before without one; "un apport de fonds" as a round noun; "rassembler" as a raise
 * verb; and a bare "tour" after a possessive or an ordinal, before its amount ("son tour de N"), as a round noun, while
 * "un tour de N" in a list of figures is none.
 */
class FrenchRoundReportsTest {

    @Test
    void theInvestorWithWhoseSupportTheOperationWasLedInTheNextSentenceLeadsTheRound() {
        // Given a round with no investor, and a next sentence that names who backed the operation
        // When the sentences are read
        // Then the one named there is the round's investor
        assertOneDeal("fr", "Poolside dit avoir finalisé un financement de 48 millions d'euros. Ce tour a été mené "
                + "avec l'appui de Sequoia Capital.", "Poolside", "Sequoia Capital", "48E6", "EUR");
        assertOneDeal("fr", "Helsing a levé 20 millions d'euros. La levée a été réalisée auprès de Sequoia Capital et "
                + "de plusieurs business angels.", "Helsing", "Sequoia Capital", "20E6", "EUR");
    }

    @Test
    void leToutPourGivesThePriceOfThePurchaseToldBefore() {
        // Given a purchase with no price, and a verbless sentence with only the price
        // When the sentences are read
        Deal deal = assertOneDeal("fr", "Oracle a annoncé lundi le rachat de Cohere, spécialiste des modèles de "
                + "langage. Le tout pour 7,2 milliards de dollars.", "Cohere", "Oracle", "7.2E9", "USD");
        // Then the price is that purchase's
        assertEquals(DealType.ACQUISITION, deal.type());
    }

    @Test
    void anApportDeFondsIsARound() {
        // Given a company that announces a contribution of private funds with its amount
        // When the sentence is read
        // Then it is the company's round
        assertOneDeal("fr", "Poolside compte dévoiler jeudi un apport de fonds de 80 millions de dollars.",
                "Poolside", null, "80E6", "USD");
    }

    @Test
    void rassemblerRaisesAndABareTourAfterAPossessiveIsARound() {
        // Given a raise told with "rassembler", and rounds told with a bare "tour" after a possessive or an ordinal
        // When the sentences are read
        // Then each is the company's round, with the investor named in the next sentence where there is one
        assertOneDeal("fr", "Helsing dit avoir rassemblé 65 millions d'euros pour ouvrir une usine.", "Helsing", null,
                "65E6", "EUR");
        assertOneDeal("fr", "Cohere a officialisé lundi la clôture de son tour de 18 millions d'euros. Ce financement a "
                + "été conduit avec le soutien de Sequoia Capital.", "Cohere", "Sequoia Capital", "18E6", "EUR");
        assertOneDeal("fr", "Poolside vient de finaliser son deuxième tour d'un montant de 42 millions d'euros.",
                "Poolside", null, "42E6", "EUR");
    }
}

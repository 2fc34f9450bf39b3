package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;

/**
 * A sentence opened by a clause of time or contrast ("Two months after X bought Y, ...", "While X dominates, ...")
 * has its subject after the clause's comma: the names of the clause do not raise the money of the deal word after it,
 * also when a possessive description stands before the subject ("its spin-out Brenna Bio").
 */
class SubjectAfterAnOpeningClauseTest {

    @Test
    void shouldTakeTheSubjectAfterATimeClauseWithAPossessiveDescription() {
        // Given a clause of time naming a buyer and the company it bought, then the subject of the round
        String text = "Two months after Google bought Korvia Labs, its spin-out Brenna Bio raised $80 million"
                + " in a Series A funding round led by Sequoia.";

        // When / Then the subject after the comma raises
        assertOneDeal("en", text, "Brenna Bio", "Sequoia Capital", "80000000", "USD");
    }

    @Test
    void shouldTakeTheSubjectAfterAClauseOfContrast() {
        // Given a clause of contrast naming a market leader
        String text = "While Nvidia still dominates the market, the chip start-up Tandrix raised $120 million.";

        // When / Then the start-up raises, not the leader
        assertOneDeal("en", text, "Tandrix", null, "120000000", "USD");
    }

    @Test
    void shouldStillReadADealAfterAnOpeningClauseWithoutNames() {
        // Given an opening clause that names nobody
        String text = "After a long search, Google bought Korvia Labs for $300 million.";

        // When / Then the purchase is read as without the clause
        assertOneDeal("en", text, "Korvia Labs", "Google", "300000000", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A level a company's value reaches after a round is no second deal: an amount right before "threshold", "mark" or
 * "marker" ("passing the $2 billion mark"), and an amount after "landing at" ("landing at $2.1bn"). The round told
 * before it stays the one deal; a "mark" verb after a deal's amount does not touch it. English sentences of our own.
 */
class LevelReachedIsNoDealTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere closed a $450 million round in June, taking it past the $2 billion mark.",
        "Cohere closed a $450 million round in June, just crossing the $2 billion threshold.",
        "Cohere closed a $450 million round in June, landing at $2.1 billion.",
        "Cohere's $450 million round marks its largest raise so far."})
    void theRoundIsTheOnlyDeal(String text) {
        assertOneDeal("en", text, "Cohere", null, "450E6", "USD");
    }
}

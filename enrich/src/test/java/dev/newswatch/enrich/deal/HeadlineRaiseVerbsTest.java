package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The short verbs and nouns of funding headlines: "gets", "collects", "nets" with the amount right after them, "gets a
 * $N boost", a "jolt" or "lifeline" right after its amount, and "scoops up" or "snaps up" an amount (a raise; with a
 * company after them they stay a purchase). Without an amount right after, those verbs are no deal word. English
 * sentences of our own.
 */
class HeadlineRaiseVerbsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere gets $120 million from Sequoia Capital",
        "Cohere got $120M from Sequoia Capital for its enterprise models.",
        "Cohere gets a $120 million boost from Sequoia Capital",
        "Cohere got a $120 million funding boost from Sequoia Capital on Tuesday.",
        "Cohere collects $120 million from Sequoia Capital",
        "Cohere nets $120 million from Sequoia Capital in a Series C round"})
    void aHeadlineVerbWithTheAmountRightAfterIsARaise(String text) {
        assertOneDeal("en", text, "Cohere", "Sequoia Capital", "120E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere scoops up $120 million",
        "Cohere has scooped up $120 million from investors.",
        "Cohere snaps up $120M to hire engineers in Toronto",
        "Cohere's plan to sell to banks got a $120 million jolt from investors.",
        "Cohere got a $120 million lifeline last week."})
    void scoopingUpAnAmountOrAJoltIsARaise(String text) {
        assertOneDeal("en", text, "Cohere", null, "120E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Oracle scooped up Cohere for $120 million.",
        "Oracle snaps up Cohere in a $120 million deal"})
    void scoopingUpACompanyStaysAPurchase(String text) {
        assertOneDeal("en", text, "Cohere", "Oracle", "120E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere gets approval for its Toronto campus, which cost $120 million to build.",
        "Cohere collected data from 120 million web pages.",
        "Cohere's net income was $120 million last year."})
    void theVerbsWithoutAnAmountRightAfterAreNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("en", text), text);
    }
}

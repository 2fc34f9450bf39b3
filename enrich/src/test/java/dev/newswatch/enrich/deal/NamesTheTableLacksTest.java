package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Companies the entity table lacks, written with a dot that joins the halves of the name (session 31): "Orivo.Bio"
 * is one company, not the known "Orivo Energy" by its short form, and the sentence does not end at its dot; a known
 * first half is tested in DottedNameLinkTest. Sentences of our own; the test table knows Orivo Energy, Kelvra and
 * Sequoia Capital.
 */
class NamesTheTableLacksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The biotech Orivo.Bio has raised $15 million in a round led by Sequoia.|Orivo.Bio|Sequoia Capital|15E6",
        "Orivo.Bio raised $15 million from Sequoia.|Orivo.Bio|Sequoia Capital|15E6",
        "Velta.Health has raised $8 million in seed funding.|Velta.Health||8E6",
        "Sequoia invested $20 million in Brindle.Pay, a payments start-up.|Brindle.Pay|Sequoia Capital|20E6"})
    void aDotJoinsTheHalvesOfOneName(String text, String target, String investor, String amount) {
        // Given an unknown company whose name joins two words with a dot, the first of them a known name or its short form
        // When the deal is read
        // Then the whole name receives the money, not the known company
        assertOneDeal("en", text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "The round closed in Berlin.Zentrix raised $8 million from Sequoia.|Zentrix|Sequoia Capital|8E6",
        "Kelvra raised $8 million last week.The company will hire engineers.|Kelvra||8E6"})
    void aSentenceRunOnAfterADotStaysTwoSentences(String text, String target, String investor, String amount) {
        // Given two sentences a page joined without a space, the second opening with a name or a common word
        // When the deal is read
        // Then the dot still ends the first sentence and the names stay apart
        assertOneDeal("en", text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sales at Orivo.Bio rose to $3 million last year.",
        "Orivo.Bio is worth $300 million, analysts said."})
    void aDottedNameInNoDealIsNoParty(String text) {
        // Given money of a dotted name that is no deal (revenue, a valuation)
        // When the deals are read
        // Then none comes out, and the known Orivo Energy is never made a party
        assertTrue(extract("en", text).isEmpty(), text + " -> " + extract("en", text));
    }
}

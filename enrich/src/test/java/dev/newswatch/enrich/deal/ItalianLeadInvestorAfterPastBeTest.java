package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lead of an Italian round told in the sentence after it with a past form of "to be" ("il lead investor è stato
 * X", "il lead-investor è stata X", "X è stata il lead-investor del round"), the English noun also written
 * with a hyphen (round-leads.yml). The lead investor of another company named there leads nothing of this round.
 * Sentences of our own.
 */
class ItalianLeadInvestorAfterPastBeTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere ha raccolto 13 milioni di euro. Il lead investor è stato Sequoia Capital.",
        "Cohere ha completato un round che ha fatto entrare in cassa 13 milioni di euro. Nel nuovo round, il "
            + "lead-investor è stata la statunitense Sequoia Capital, al primo investimento in Europa.",
        "Cohere ha raccolto 13 milioni di euro. Sequoia Capital è stata il lead-investor del round.",
        "Cohere ha raccolto 13 milioni di euro. L'investitore principale è stato Sequoia Capital."})
    void theLeadAfterAPastFormOfToBeLedTheRound(String text) {
        assertOneDeal("it", text, "Cohere", "Sequoia Capital", "13E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Cohere ha raccolto 13 milioni di euro. Il lead-investor di Mistral AI è stato invece Index Ventures."})
    void theLeadInvestorOfAnotherCompanyLeadsNothing(String text) {
        assertOneDeal("it", text, "Cohere", null, "13E6", "EUR");
    }
}

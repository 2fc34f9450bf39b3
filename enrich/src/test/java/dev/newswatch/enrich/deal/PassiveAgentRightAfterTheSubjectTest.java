package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The agent of a verb-final passive right after its subject (session 25, issue #9), in sentences of our own: "Für N
 * wurde X von Y übernommen" names Y as the buyer, where "X von Y" outside such a passive is Y's X.
 */
class PassiveAgentRightAfterTheSubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Für 3 Milliarden Dollar wurde Cohere von Nvidia übernommen.",
        "Im Jahr 2020 wurde Cohere von Nvidia für 3 Milliarden Dollar gekauft.",
        "Nach langen Verhandlungen wurde Cohere im Mai von Nvidia für 3 Milliarden Dollar übernommen."})
    void theNameAfterVonBeforeTheParticipleBuys(String text) {
        // Given a German passive whose auxiliary stands before the company bought and whose participle closes it
        // When it is read
        // Then the name after "von" is the buyer, not the owner of the company bought
        assertOneDeal("de", text, "Cohere", "Nvidia", "3E9", "USD");
    }

    @Test
    void theItalianPassiveNamesTheBuyerAfterDaInTheSameWay() {
        // Given the Italian passive, its agent after the participle
        String text = "Nel 2020 Cohere è stata acquisita da Nvidia per 3 miliardi di dollari.";
        // When it is read
        // Then the agent is the buyer
        assertOneDeal("it", text, "Cohere", "Nvidia", "3E9", "USD");
    }
}

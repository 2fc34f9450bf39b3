package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Awarding a contract pays the company it goes to: "X vergab den Auftrag über N an Y", verb-final "hat den Auftrag
 * ... an Y vergeben", "X erteilte Y den Zuschlag für ... im Wert von N"; and the contract's volume told in the next
 * sentence ("Das Auftragsvolumen liegt bei N") is the amount of the order told before (docs/EXTRACTION.md, session
 * 21). Awards with no company named are no deal. Sentences of our own.
 */
class AwardedContractTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Bundeswehr vergab den Auftrag über 250 Millionen Euro an Helsing.",
        "Die Bundeswehr hat den Auftrag für ein Aufklärungssystem im Wert von 250 Millionen Euro an Helsing "
            + "vergeben.",
        "Die Bundeswehr erteilte Helsing den Zuschlag für ein Aufklärungssystem im Wert von 250 Millionen Euro.",
        "Die Bundeswehr hat bei Helsing Aufklärungsdrohnen bestellt. Das Auftragsvolumen liegt bei 250 Millionen "
            + "Euro."})
    void theCompanyAContractIsAwardedToIsPaid(String text) {
        assertOneDeal("de", text, "Helsing", "Bundeswehr", "250E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Im vergangenen Jahr vergab die Behörde Aufträge über 250 Millionen Euro.",
        "Das Amt erteilt jedes Jahr Zuschläge im Wert von 250 Millionen Euro."})
    void anAwardWithNoCompanyIsNoDeal(String text) {
        assertEquals(0, DealCases.extract("de", text).size(), text);
    }
}

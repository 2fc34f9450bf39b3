package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The German lead investor told after the raise, with the round named by its kind or size between the role and the
 * verb: "Leadinvestor der Series-B-Runde ist X", "Lead-Investor der neuen Finanzierungsrunde war X". A lead of
 * something else, with words between the verb and the name, leads no round. German sentences of our own.
 */
class GermanLeadOfANamedRoundTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing hat 20 Millionen Euro eingesammelt. Leadinvestor der Series-B-Runde ist SAP.",
        "Helsing hat 20 Millionen Euro eingesammelt. Lead-Investor der neuen Finanzierungsrunde war SAP.",
        "Helsing hat 20 Millionen Euro eingesammelt. Hauptinvestor der Wachstumsrunde ist SAP."})
    void theLeadOfTheRoundNamedWithItsKind(String text) {
        assertOneDeal("de", text, "Helsing", "SAP", "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing hat 20 Millionen Euro eingesammelt. Leadinvestor der Firma ist seit Jahren SAP."})
    void aLeadWithWordsBeforeItsNameLeadsNoRound(String text) {
        assertOneDeal("de", text, "Helsing", null, "20E6", "EUR");
    }
}

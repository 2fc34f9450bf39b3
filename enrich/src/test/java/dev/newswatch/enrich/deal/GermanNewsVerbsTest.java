package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German verbs and clauses of funding and takeover news: the separable "gibt ... bekannt" (announces, no payment), a
 * reported "dass" clause with its own subject after a reporting clause with a subject or a passive of its own,
 * "aufgebracht" (raised), money that "kommt zusammen" in a round, what a round "bringt ein", investors named in a
 * list after "von Investoren wie" or ", darunter", and the backers or the lead named in the sentence after the
 * round ("Das Geld kommt von X", "Die Runde führte X an", "Investiert haben X und Y"). German sentences of our own.
 */
class GermanNewsVerbsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing gibt den Abschluss einer Finanzierungsrunde über 600 Millionen Euro bekannt.",
        "Helsing gibt 600 Millionen Euro schwere Finanzierungsrunde bekannt",
        "Helsing gab am Dienstag den Abschluss einer Series-B-Finanzierungsrunde über 600 Millionen Euro bekannt."})
    void announcingARoundIsTheRaiseOfTheAnnouncer(String text) {
        assertOneDeal("de", text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Es wurde bekannt, dass SAP Aleph Alpha für 300 Millionen Euro übernimmt.",
        "Am Montag wurde bekannt, dass SAP Aleph Alpha für 300 Millionen Euro übernommen hat.",
        // a description right after "dass" stands for the reporting company
        "SAP bestätigte, dass der Konzern Aleph Alpha für 300 Millionen Euro übernehmen werde."})
    void aReportedClauseKeepsItsOwnBuyerAfterAPassiveOrAReportingCompany(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Das Unternehmen teilte mit, dass Helsing 600 Millionen Euro eingesammelt hat.",
        "Es wurde bekanntgegeben, dass Helsing 600 Millionen Euro eingesammelt hat."})
    void aReportedClauseKeepsItsOwnRaiser(String text) {
        assertOneDeal("de", text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing hat bei Investoren 600 Millionen Euro aufgebracht.",
        "Nachdem Helsing 600 Millionen Euro aufbrachte, stellte das Start-up 200 Ingenieure ein.",
        "Bei der Series-B-Runde von Helsing kamen 600 Millionen Euro zusammen.",
        "Helsing hat eine Finanzierungsrunde abgeschlossen. Dabei kamen 600 Millionen Euro zusammen.",
        "Die Finanzierungsrunde brachte Helsing 600 Millionen Euro ein.",
        "Die Series-B-Runde hat Helsing 600 Millionen Euro eingebracht."})
    void raisingComingTogetherOrBroughtInByARoundIsARaise(String text) {
        assertOneDeal("de", text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        // "aufbringen" of a buyer is its price, no raise
        "SAP muss für die Übernahme von Aleph Alpha 300 Millionen Euro aufbringen."})
    void aPriceABuyerMustFindStaysAPurchase(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Helsing hat 600 Millionen Euro von Investoren wie Sequoia Capital eingesammelt.",
        "Helsing hat 600 Millionen Euro von Investoren eingesammelt, darunter Sequoia Capital.",
        "Nachdem Helsing 600 Millionen Euro von Investoren aufgebracht hatte, darunter Sequoia Capital, stellte das Start-up 200 Ingenieure ein.",
        "Helsing hat 600 Millionen Euro eingesammelt. Das Geld kommt unter anderem von Sequoia Capital.",
        "Helsing hat 600 Millionen Euro eingesammelt. Das Kapital stammt von Investoren wie Sequoia Capital.",
        "Helsing hat 600 Millionen Euro eingeworben. Die Mittel stammen vom Investor Sequoia Capital und von Bestandsinvestoren.",
        "Helsing hat 600 Millionen Euro eingesammelt. Die Runde führte Sequoia Capital an.",
        "Helsing hat 600 Millionen Euro eingesammelt. Investiert haben unter anderem Sequoia Capital und Index Ventures."})
    void theBackersNamedInAListOrInTheNextSentencePay(String text) {
        assertOneDeal("de", text, "Helsing", "Sequoia Capital", "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Die aufgebrachten Aktionäre von Helsing fordern 600 Millionen Euro Schadensersatz.",
        "Helsing und Aleph Alpha kamen zusammen auf einen Umsatz von 600 Millionen Euro.",
        // a company that "bringt N ein" contributes the money: no raise of the company named with it
        "SAP bringt 300 Millionen Euro in das Gemeinschaftsunternehmen mit Helsing ein."})
    void theSameWordsWithoutARaiseAreNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }
}

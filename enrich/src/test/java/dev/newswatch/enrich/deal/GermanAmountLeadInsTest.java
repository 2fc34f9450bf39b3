package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German sentences with an adverbial fronted, the subject after the verb and the amount introduced by a phrase ("Im
 * Mai erhielt X einen Auftrag im Wert von N"): the words of the phrase ({@code amountLeadIns}) no longer count against
 * the subject, which "über N" already gave; and contracts snapped up ("X ergatterte neue Aufträge über N"). Found on
 * the pages of session 31's batch 20. Sentences of our own.
 */
class GermanAmountLeadInsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Im Mai erhielt Helsing einen Auftrag im Wert von 300 Millionen Euro.",
        "Zudem sicherte sich Helsing einen Auftrag in Höhe von rund 300 Millionen Euro.",
        "Im Mai erhielt Helsing einen Auftrag mit einem Volumen von 300 Millionen Euro.",
        "Im Mai erhielt Helsing Aufträge in Höhe von 300 Millionen Euro.",
        "Helsing ergatterte einen Auftrag im Wert von 300 Millionen Euro.",
        "Helsing hat einen Auftrag über 300 Millionen Euro ergattert.",
        "Helsing ergatterte neue Aufträge über 300 Millionen Euro."})
    void aContractWonWithItsAmountIntroduced(String text) {
        assertOneDeal("de", text, "Helsing", null, "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Damals sammelte Aleph Alpha Kapital im Umfang von 300 Millionen Euro ein."})
    void aRaiseWithItsAmountIntroduced(String text) {
        assertOneDeal("de", text, "Aleph Alpha", null, "300E6", "EUR");
    }

    /** A prize, a valuation, a revenue or market share snapped up is no deal, the lead-in phrase notwithstanding. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing ergatterte Marktanteile im Wert von 300 Millionen Euro.",
        "Im Mai erhielt Helsing einen Preis im Wert von 300 Millionen Euro.",
        "Im Mai erhielt Helsing eine Bewertung in Höhe von 300 Millionen Euro.",
        "Im Mai erzielte Helsing einen Umsatz in Höhe von 300 Millionen Euro."})
    void noDeal(String text) {
        assertEquals(0, extract("de", text).size(), text + " -> " + extract("de", text));
    }
}

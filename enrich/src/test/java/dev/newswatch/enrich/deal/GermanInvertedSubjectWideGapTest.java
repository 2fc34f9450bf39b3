package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German sentences with an adverbial fronted and the subject after the raise verb, with more than three words between
 * the subject and its amount ("So erhielt der Konzern X in Polen neue Aufträge für Drohnen im Wert von N"): read when
 * no other name, no other amount and no punctuation stands between, within nine words. Sentences of our own; the
 * frames of session 31's batch 20 and the readable sets, measured by script.
 */
class GermanInvertedSubjectWideGapTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Im Herbst sammelte Helsing in einer neuen Finanzierungsrunde bei Investoren rund 300 Millionen Euro ein.",
        "So erhielt der Rüstungskonzern Helsing in Polen neue Aufträge für Drohnen im Wert von 300 Millionen Euro.",
        "Im Mai erhielt Helsing für die Werke in Ungarn einen Auftrag im Wert von 300 Millionen Euro.",
        "So ergatterte die Tochter Helsing in den Niederlanden neue Aufträge für Drohnen im Wert von 300 Millionen Euro."})
    void theSubjectSomeWordsBeforeItsAmount(String text) {
        assertOneDeal("de", text, "Helsing", null, "300E6", "EUR");
    }

    /**
     * A valuation, a revenue, a profit or prizes stay no deal; another company, another amount or a comma between the
     * subject and the amount keeps the old limit; a payer between verb and object is not read yet.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Im Mai erhielt Helsing in der letzten Runde eine Bewertung von 3 Milliarden Euro.",
        "Im Herbst erhielt Helsing in der jüngsten Finanzierungsrunde eine Bewertung in Höhe von 3 Milliarden Euro.",
        "Im Jahr 2024 erzielte Helsing in Europa und Asien einen Umsatz von 300 Millionen Euro.",
        "Im Mai erhielt Helsing in seinem ersten vollen Geschäftsjahr einen Gewinn von 30 Millionen Euro.",
        "Im Mai erhielt Helsing in Berlin und München viele Preise und Ehrungen im Wert von 3 Millionen Euro.",
        "Im Mai erhielt Helsing neben SAP einen Auftrag im Wert von 300 Millionen Euro.",
        "Im Mai erhielt Helsing zusammen mit Aleph Alpha neue Aufträge im Wert von 300 Millionen Euro.",
        "Im Mai erhielt Helsing, wie berichtet, einen Auftrag im Wert von 300 Millionen Euro.",
        "Helsing ergatterte 2025 in Skandinavien und Amerika neue Marktanteile im Wert von 300 Millionen Euro."})
    void noDeal(String text) {
        assertEquals(0, extract("de", text).size(), text + " -> " + extract("de", text));
    }
}

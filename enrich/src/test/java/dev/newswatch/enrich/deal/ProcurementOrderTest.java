package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A buyer that orders from a company or commissions it pays that company: "bestellt bei X ... für N", "hat bei X ...
 * bestellt", "ordert bei X", "hat von X ... geordert", "hat X mit ... im Wert von N beauftragt". German procurement
 * news (armed forces, railways, public IT) tells contracts this way (docs/EXTRACTION.md, session 21). Orders with no
 * company named are no deal. Sentences of our own.
 */
class ProcurementOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Bundeswehr bestellt bei Helsing Aufklärungsdrohnen für 700 Millionen Euro.",
        "Die Bundeswehr hat bei Helsing Aufklärungsdrohnen für 700 Millionen Euro bestellt.",
        "Die Bundeswehr ordert bei Helsing Software für 700 Millionen Euro.",
        "Die Bundeswehr hat von Helsing Aufklärungsdrohnen für 700 Millionen Euro geordert.",
        "Die Bundeswehr hat Helsing mit der Entwicklung eines Lagebildsystems für 700 Millionen Euro beauftragt.",
        "Die Bundeswehr beauftragt Helsing mit der Wartung ihrer Drohnenflotte im Wert von 700 Millionen Euro."})
    void aBuyerThatOrdersFromOrCommissionsACompanyPaysIt(String text) {
        assertOneDeal("de", text, "Helsing", "Bundeswehr", "700E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Kunden bestellten im Quartal Waren für 3 Milliarden Euro.",
        "Im Onlinehandel wurden im Dezember Geschenke für 3 Milliarden Euro bestellt."})
    void ordersWithNoCompanyAreNoDeal(String text) {
        assertEquals(0, DealCases.extract("de", text).size(), text);
    }
}

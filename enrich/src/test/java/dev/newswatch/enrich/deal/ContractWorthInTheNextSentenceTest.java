package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A contract told first without its amount, then "Der Wert des Vertrags liegt bei N": the worth of a deal noun is the
 * contract's amount, not a valuation, and it goes to the sides of the contract told before, also when that contract
 * was told in the passive ("X wurde von Y mit ... beauftragt"). A side's share told after the total ("der Anteil von
 * X liegt bei M") is a part of it, no deal of its own. The worth of a company stays no deal (docs/EXTRACTION.md,
 * session 21). Sentences of our own.
 */
class ContractWorthInTheNextSentenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Bundeswehr hat Helsing mit dem Aufbau eines Lagezentrums beauftragt. Der Wert des Auftrags beläuft sich "
            + "auf 300 Millionen Euro.",
        "Helsing wurde von der Bundeswehr mit der Wartung der Drohnen beauftragt. Der Wert des Vertrags liegt "
            + "bei 300 Millionen Euro.",
        "Die Bundeswehr hat Helsing und zwei weitere Firmen mit dem Aufbau eines Lagezentrums beauftragt. Der "
            + "Gesamtwert des Vertrags liegt bei 300 Millionen Euro, wobei der Anteil des Start-ups Helsing "
            + "90 Millionen Euro ausmacht."})
    void theWorthOfTheContractToldBeforeIsItsAmount(String text) {
        assertOneDeal("de", text, "Helsing", "Bundeswehr", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Der Wert des Unternehmens Helsing liegt inzwischen bei 300 Millionen Euro.",
        "Helsing hat eine Finanzierungsrunde abgeschlossen. Der Wert des Start-ups liegt nun bei 300 Millionen Euro."})
    void theWorthOfACompanyIsNoDeal(String text) {
        assertEquals(0, DealCases.extract("de", text).size(), text);
    }
}

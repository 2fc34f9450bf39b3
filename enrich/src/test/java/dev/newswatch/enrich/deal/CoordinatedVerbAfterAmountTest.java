package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal verb that a conjunction joins right after the amount ("... for $6bn and secured its founder", "... und
 * sicherte sich den Gründer") opens another predicate: the deal word before the amount keeps it, so the company
 * bought is paid, not the buyer.
 */
class CoordinatedVerbAfterAmountTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|In spring Qualcomm bought 35 percent of Helsing for $6 billion and secured its co-founder.",
        "de|Qualcomm kaufte im Frühjahr 35 Prozent von Helsing für 6 Milliarden Dollar und sicherte sich den "
            + "Mitgründer.",
        "fr|Au printemps, Qualcomm a acquis 35 % de Helsing pour 6 milliards de dollars et a obtenu son cofondateur.",
        "it|In primavera Qualcomm ha acquisito il 35% di Helsing per 6 miliardi di dollari e ha ottenuto il suo "
            + "cofondatore.",
        "es|En primavera Qualcomm adquirió el 35% de Helsing por 6.000 millones de dólares y consiguió a su "
            + "cofundador."})
    void shouldKeepTheDealWordBeforeTheAmount(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Qualcomm", "6000000000", "USD");
    }
}

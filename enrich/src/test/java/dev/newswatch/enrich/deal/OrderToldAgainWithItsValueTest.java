package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An order told first without its amount, then named again with a definite article or a demonstrative ("The order is
 * worth N", "Der Auftrag hat ein Volumen von N", "La commessa vale N", "El pedido asciende a N", "La commande s'élève
 * à N"): the amount is the order's, paid by the customer told before to the supplier. An order noun right before a
 * word of worth ("vale", "worth") keeps the amount a deal's, as a contract noun does. Sentences of our own.
 */
class OrderToldAgainWithItsValueTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing has won a large order from the Bundeswehr. The order is worth 250 million euros.",
        "de|Helsing hat von der Bundeswehr den größten Auftrag seiner Geschichte erhalten. Der Auftrag hat ein "
            + "Volumen von rund 250 Millionen Euro.",
        "de|Helsing hat von der Bundeswehr einen Großauftrag erhalten. Nach Angaben aus der Branche soll der Auftrag "
            + "ein Gesamtvolumen von 250 Millionen Euro haben.",
        "de|Helsing hat von der Bundeswehr einen Großauftrag erhalten. Das Volumen des Auftrags beläuft sich auf "
            + "250 Millionen Euro.",
        "it|Helsing ha vinto una grande commessa dalla Bundeswehr. La commessa vale 250 milioni di euro.",
        "es|Helsing ha ganado un gran pedido de la Bundeswehr. El pedido asciende a 250 millones de euros."})
    void theValueOfTheOrderToldBeforeIsItsAmount(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Bundeswehr", "250E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Helsing a remporté une importante commande de drones. La commande s'élève à 250 millions d'euros."})
    void theValueOfAnOrderWithNoCustomerNamedIsTheSuppliers(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "250E6", "EUR");
    }
}

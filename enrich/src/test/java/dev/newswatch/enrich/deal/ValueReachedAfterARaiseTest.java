package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "A value of N" reached by a company is a valuation, while a deal noun before it makes it the deal's amount
 * (docs/EXTRACTION.md, session 18): "hat damit einen Wert von 12 Milliarden Euro erreicht", "ha raggiunto un valore
 * di", "alcanzó un valor de" give no deal of their own; "die Übernahme hat einen Wert von", "un acuerdo con un valor
 * de" keep theirs, and so do "per un valore di", "por un valor de". Sentences of our own.
 */
class ValueReachedAfterARaiseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing raised €600 million and thereby reached a value of €12 billion.",
        "fr|Helsing a levé 600 millions d'euros et atteint ainsi une valeur de 12 milliards d'euros.",
        "it|Helsing ha raccolto 600 milioni di euro e ha così raggiunto un valore di 12 miliardi di euro.",
        "es|Helsing recaudó 600 millones de euros y alcanzó así un valor de 12.000 millones de euros.",
        "de|Helsing hat 600 Millionen Euro eingesammelt und damit einen Wert von 12 Milliarden Euro erreicht."})
    void aValueReachedAfterARaiseIsAValuation(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "600E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Salesforce rachète Informatica dans une opération d'une valeur de 8 milliards de dollars.",
        "it|Salesforce compra Informatica con un accordo dal valore di 8 miliardi di dollari.",
        "it|Salesforce compra Informatica con un accordo per un valore di 8 miliardi di dollari.",
        "es|Salesforce compra Informatica en un acuerdo con un valor de 8.000 millones de dólares.",
        "es|Salesforce compra Informatica en un acuerdo por un valor de 8.000 millones de dólares.",
        "de|Die Übernahme von Informatica durch Salesforce hat einen Wert von 8 Milliarden Dollar.",
        "de|Salesforce übernimmt Informatica in einem Deal mit einem Wert von 8 Milliarden Dollar."})
    void theValueOfADealIsItsAmount(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }
}

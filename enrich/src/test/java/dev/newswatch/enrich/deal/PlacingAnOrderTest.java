package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who orders pays, who supplies is paid: the subject of "passer une commande" or "commander" pays the company the
 * order goes to ("auprès de Y", "à Y"); the subject of German "beliefern" supplies the company it names, which pays,
 * also when the verb closes the clause after a modal ("soll Y ... beliefern"). Sentences of our own.
 */
class PlacingAnOrderTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Meta a passé une commande de 2 milliards de dollars auprès de Samsung.",
        "fr|Meta a commandé des serveurs pour 2 milliards de dollars auprès de Samsung.",
        "de|Samsung beliefert Meta im Rahmen eines Vertrags über 2 Milliarden Dollar mit Speicherchips.",
        "de|Samsung soll Meta im Rahmen eines 2 Milliarden Dollar schweren Vertrags mit Speicherchips beliefern."})
    void theCustomerPaysTheSupplier(String language, String text) {
        assertOneDeal(language, text, "Samsung", "Meta", "2E9", "USD");
    }
}

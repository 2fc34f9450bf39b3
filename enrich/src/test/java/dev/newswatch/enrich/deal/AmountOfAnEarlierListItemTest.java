package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal word that opens a later item of a list (a comma, then "and" right before it) and has an amount of its own
 * after it is not the deal word of an amount of an earlier item, which names no deal word of its own (a spin-off, a
 * listing). Before, the earlier amount went to the later item's purchase too, a second deal of the company bought.
 * Sentences of our own.
 */
class AmountOfAnEarlierListItemTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Solo dos se cerraron: la escisión de la unidad de pagos de Oracle por 9.100 millones de dólares, que "
                + "terminó en julio, y la compra de Cohere por Helsing en 12.500 millones de dólares, firmada en marzo.",
        "en|Only two have closed: the spin-off of the payments unit of Oracle for $9.1bn, completed in July, and the "
                + "purchase of Cohere by Helsing for $12.5bn, signed in March."})
    void theLaterPurchaseKeepsOnlyItsOwnAmount(String language, String text) {
        // Given a list whose first item has an amount and no deal word, and whose second is a purchase with its own
        // amount; When the sentence is read; Then only the purchase's own amount is a deal
        assertOneDeal(language, text, "Cohere", "Helsing", "12.5E9", "USD");
    }
}

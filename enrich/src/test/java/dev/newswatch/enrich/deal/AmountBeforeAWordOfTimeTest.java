package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish headlines often give a valuation and the raise behind it in one breath, the first figure with no currency:
 * "se valora en N tras captar M". A preposition or adverb of time right after an amount ("tras", "después", "según")
 * opens what happened next and is never the thing counted, so the first amount is money too, a valuation, and the
 * window of words before the raised amount ends at it instead of reaching the valuation word (docs/EXTRACTION.md,
 * session 21). Sentences of our own.
 */
class AmountBeforeAWordOfTimeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mistral AI alcanza una valoración de 40.000 millones tras captar 2.000 millones de dólares.",
        "Mistral AI se valora en 40.000 millones tras recaudar 2.000 millones de dólares.",
        "Mistral AI ya vale 40.000 millones después de levantar 2.000 millones de dólares.",
        "Mistral AI pasa a valer 40.000 millones según sus cuentas, tras captar 2.000 millones de dólares."})
    void theRaiseAfterAValuationWithoutCurrencyIsTheDeal(String text) {
        assertOneDeal("es", text, "Mistral AI", null, "2E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the thing counted still follows a bare amount: users are no money
        "Mistral AI suma 40 millones usuarios tras captar 2.000 millones de dólares."})
    void aNounAfterTheAmountStillCountsSomethingElse(String text) {
        assertOneDeal("es", text, "Mistral AI", null, "2E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // "que suman": the loans of several companies added up, no deal of any one of them
        "Helsing, Aleph Alpha y Poolside firmaron con el Banco Europeo de Inversiones tres créditos que suman un total de 150 millones de euros.",
        "Helsing, Aleph Alpha y Poolside obtuvieron créditos que sumaron 150 millones de euros."})
    void loansThatAddUpAreASumOfSeveralDeals(String text) {
        assertEquals(0, DealCases.extract("es", text).size(), text);
    }
}

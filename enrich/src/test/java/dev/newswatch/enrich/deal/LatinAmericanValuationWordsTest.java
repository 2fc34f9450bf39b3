package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The valuation words of the Latin-American press (session 28), in sentences of our own with companies of the test
 * table: "valuación", "avaluada en", "la valúa en", "la avaluó en" and "tasada en" say what a company is worth, as
 * "valoración" and "valorada en" do; the amount is no deal, while a purchase "tasada en" an amount keeps its price.
 */
class LatinAmericanValuationWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere fue avaluada en 2.450 millones de dólares.",
        "Cohere, avaluada en 2.450 millones de dólares, prepara su salida a bolsa.",
        "Cohere alcanzó una valuación de 2.450 millones de dólares.",
        "Cohere logró una valuación de 2.450 millones de dólares tras la ronda.",
        "Cohere fue tasada en 2.450 millones de dólares."})
    void aValuationIsNoDeal(String text) {
        // Given: what a company is worth, told with a Latin-American valuation word
        // When: the sentence is read
        // Then: no deal
        assertEquals(List.of(), DealCases.extract("es", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere levantó 350 millones de dólares a una valuación de 2.450 millones de dólares.",
        "Cohere levantó 350 millones de dólares con una valuación de 2.450 millones de dólares.",
        "Cohere levantó 350 millones de dólares, lo que la valúa en 2.450 millones de dólares.",
        "Cohere levantó 350 millones de dólares y fue avaluada en 2.450 millones de dólares."})
    void theRoundIsKeptAndItsValuationDropped(String text) {
        // Given: a round and the valuation it was priced at
        // When: the sentence is read
        // Then: the round is the one deal; the valuation is none
        assertOneDeal("es", text, "Cohere", null, "350E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Samsung compró Cohere en una operación tasada en 300 millones de dólares.",
        "Samsung compró Cohere en una operación avaluada en 300 millones de dólares."})
    void aPurchaseValuedAtAnAmountKeepsItsPrice(String text) {
        // Given: a purchase noun right before the valuation word
        // When: the sentence is read
        // Then: the amount is the price of the purchase
        assertOneDeal("es", text, "Cohere", "Samsung", "300E6", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Amounts in the currencies of Latin America (Brazilian reais, Mexican, Argentine, Colombian and Chilean pesos,
 * Peruvian soles) keep their currency: "R$ 2.000 millones" is no dollar amount, and "S/1.500 millones" in brackets
 * after a dollar amount is its conversion, no second deal. A bare "pesos" names no country and stays no currency.
 * Sentences of our own in the five languages.
 */
class LatinAmericanCurrenciesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Cohere recibió S/ 2.000 millones de Nvidia.|2E9|PEN",
        "es|Cohere recibió R$ 2.000 millones de Nvidia.|2E9|BRL",
        "es|Nvidia invertirá 9.000 millones de pesos mexicanos en Cohere.|9E9|MXN",
        "es|Nvidia invertirá 9.000 millones de pesos colombianos en Cohere.|9E9|COP",
        "es|Nvidia invertirá 400 millones de dólares (S/1.500 millones) en Cohere.|400E6|USD",
        "en|Nvidia will invest 9 billion Mexican pesos in Cohere.|9E9|MXN",
        "en|Cohere raised R$2 billion from Nvidia.|2E9|BRL",
        "it|Nvidia investirà 9 miliardi di pesos messicani in Cohere.|9E9|MXN",
        "fr|Nvidia investira 9 milliards de pesos mexicains dans Cohere.|9E9|MXN",
        "de|Nvidia investiert 9 Milliarden mexikanische Pesos in Cohere.|9E9|MXN"})
    void anAmountInALatinAmericanCurrencyKeepsItsCurrency(String language, String text, String amount,
                                                         String currency) {
        assertOneDeal(language, text, "Cohere", "Nvidia", amount, currency);
        assertNotNull(UsdRates.defaults().toUsd(BigDecimal.ONE, currency), "no default rate for " + currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere captó 40 mdd en una ronda encabezada por Nvidia.|40E6",
        "Nvidia invirtió 40 MDD en Cohere.|40E6",
        "Cohere recibió 2 mmdd de Nvidia.|2E9",
        "Cohere cerró una ronda de 150 mil mdd liderada por Nvidia.|150E9"})
    void aScaleWordThatNamesItsCurrencyIsInDollars(String text, String amount) {
        // Given: the Mexican "mdd" (millones de dólares) and "mmdd" (miles de millones), with no other currency
        // When: the sentence is read
        // Then: the amount is in US dollars at the scale the word says
        assertOneDeal("es", text, "Cohere", "Nvidia", amount, "USD");
    }
}

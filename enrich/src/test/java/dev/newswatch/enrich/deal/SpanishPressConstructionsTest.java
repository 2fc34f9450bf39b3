package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Constructions of the Spanish-language business press of Spain and Latin America (docs/EXTRACTION.md, session 23),
 * in sentences of our own with companies of the test table: the price "por" a company ("pagó N por X", "ofrece N
 * por X", "una oferta de N por el 100% de X"), where "por" after an amount names what is bought, not an agent;
 * raise verbs in the imperfect ("levantaba", "lograba") and "suma"/"reúne" with an amount right after them; Spanish
 * regions and Latin American cities where a company spends on a site of its own are no company paid; the lead of a
 * round named after it ("X ha liderado la operación", "en la que ha participado X", "el inversor principal ha sido
 * X"); tens and hundreds written in words ("cuarenta millones") and the "megarronda".
 */
class SpanishPressConstructionsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Samsung pagó 3.000 millones de euros por Cohere.",
        "Samsung pagará 3.000 millones de euros por Cohere, según fuentes del mercado.",
        "Samsung pagará 3.000 millones de euros por el 100% del capital de Cohere.",
        "Samsung ha presentado una oferta de 3.000 millones de euros por Cohere.",
        "Samsung ofrece 3.000 millones de euros por Cohere."})
    void anAmountForACompanyIsItsPrice(String text) {
        // Given: a buyer that pays an amount, and the company bought after "por" right behind the amount
        // When: the sentence is read
        // Then: the company after "por" is bought, the subject pays (not the other way round)
        assertOneDeal("es", text, "Cohere", "Samsung", "3E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La startup canadiense Cohere levantaba ayer 23 millones de euros en una ronda abierta a nuevos socios.",
        "Cohere, fundada por antiguos investigadores, lograba 23 millones de euros para crecer en Europa.",
        "Cohere suma 23 millones de euros para abrir oficinas en Madrid.",
        "Cohere reúne 23 millones de euros en su primera ronda institucional."})
    void raiseVerbsOfThePressRaise(String text) {
        // Given: a raise told in the imperfect of news reports, or with "suma"/"reúne" and an amount right after
        // When: the sentence is read
        // Then: the company raises the amount
        assertOneDeal("es", text, "Cohere", null, "23E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Samsung invertirá 7.800 millones de euros en un campus de centros de datos en Aragón.",
        "Samsung invertirá 900 millones de dólares en una planta de chips en Querétaro."})
    void aRegionOrCityWhereMoneyIsSpentIsNoCompany(String text) {
        // Given: a company that spends on a site of its own, and the region or city of the site
        // When: the sentence is read
        // Then: no deal: the place is not read as a company the money goes to
        assertEquals(List.of(), DealCases.extract("es", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha cerrado una ronda de financiación de 40 millones de euros. Nvidia ha liderado la operación.",
        "Cohere ha cerrado una ronda de financiación de 40 millones de euros. Nvidia y Samsung han sido los "
            + "principales inversores.",
        "Cohere ha cerrado una ronda de financiación de 40 millones de euros, en la que ha participado Nvidia.",
        "Cohere ha cerrado una ronda de financiación de 40 millones de euros. La operación ha contado con la "
            + "participación mayoritaria de Nvidia.",
        "Cohere ha cerrado una ronda de financiación de 40 millones de euros. El inversor principal ha sido Nvidia.",
        "Cohere ha cerrado una ronda de financiación de 40 millones de euros. La operación ha sido encabezada por el "
            + "fondo japonés Nvidia."})
    void theLeadNamedAfterTheRoundIsItsInvestor(String text) {
        // Given: a round with no investor in its clause, and its lead or first investor named after it
        // When: the text is read
        // Then: that company is the investor of the round
        assertOneDeal("es", text, "Cohere", "Nvidia", "40E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere, que en mayo consiguió cuarenta millones de dólares, abrió su capital a nuevos socios.|40E6",
        "Cohere obtuvo doscientos millones de dólares en su última ronda.|200E6",
        "Cohere se convirtió en unicornio tras cerrar una megarronda de 160 millones de dólares.|160E6",
        "Cohere cerró una megaronda de 165 millones de dólares.|165E6"})
    void tensAndHundredsInWordsAndMegaRoundsAreRaises(String text, String amount) {
        // Given: an amount written in words ("cuarenta millones") or a round called "megarronda"
        // When: the sentence is read
        // Then: the company raises the amount
        assertOneDeal("es", text, "Cohere", null, amount, "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La venta de Cohere a Samsung por 1.000 millones de euros se cerrará en el segundo trimestre.",
        "Nvidia cerró la venta de Cohere al grupo Samsung por unos 1.000 millones de euros."})
    void aSaleNounWithItsBuyerAndPriceIsAPurchase(String text) {
        // Given: "la venta de X a Y por N", the company sold, its buyer after "a" and the price after "por"
        // When: the sentence is read
        // Then: the buyer pays for the company sold (the seller, if named, is no party)
        assertOneDeal("es", text, "Cohere", "Samsung", "1E9", "EUR");
    }
}

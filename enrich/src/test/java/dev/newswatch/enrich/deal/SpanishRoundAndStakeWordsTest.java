package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words of the Spanish business press for rounds and stakes (session 28), in sentences of our own with companies of
 * the test table: a round co-led by two investors ("coliderada por X y Y"), investors listed after "entre los
 * inversores figura" or "de inversores como", a capital increase told by its verb ("amplía capital en N"), money
 * that a company attracts ("atrae N de X"), a stake taken ("toma el 20% de X por N"), a fund that has come into a
 * company's capital ("ha entrado en el capital de X"), the company whose round was carried out ("llevada a cabo por
 * X"), an increase of an amount without "de capital" ("una ampliación de 20 millones"), and the verb "rondar" before an
 * amount, which says "about" and is no funding round.
 */
class SpanishRoundAndStakeWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha captado 50 millones de euros en una ronda coliderada por SoftBank y Nvidia.",
        "Cohere ha captado 50 millones de euros en una ronda codirigida por SoftBank y Nvidia.",
        "Cohere cierra una ronda de 50 millones de euros. Entre los inversores figura SoftBank.",
        "Cohere ha levantado 50 millones de euros de inversores como SoftBank y Nvidia.",
        "Cohere ha levantado 50 millones de euros de fondos como SoftBank y Nvidia.",
        "Cohere atrae 50 millones de euros de SoftBank.",
        "SoftBank ha entrado en el capital de Cohere con una inversión de 50 millones de euros."})
    void theFirstInvestorNamedPaysTheRound(String text) {
        // Given: a round whose investors are named as co-leads, in a list or as the source of the money
        // When: the text is read
        // Then: the first of them is the investor of the round
        assertOneDeal("es", text, "Cohere", "SoftBank", "50E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere amplía capital en 36 millones de euros para crecer en Europa.",
        "Cohere ampliará capital por 36 millones de euros.",
        "Cohere ha atraído 36 millones de euros en su primera ronda.",
        "Cohere ejecutó una ampliación de más de 36 millones de euros."})
    void aCapitalIncreaseOrMoneyAttractedIsRaised(String text) {
        // Given: a company that increases its capital, or attracts an amount
        // When: the sentence is read
        // Then: the company raised it
        assertOneDeal("es", text, "Cohere", null, "36E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha completado una ampliación de 36 millones de euros suscrita por SoftBank.",
        "Cohere cerró una ampliación de 36 millones de euros liderada por SoftBank."})
    void anIncreaseOfAnAmountIsARound(String text) {
        // Given: "una ampliación de N", an increase of capital told without "de capital", and who took it up
        // When: the sentence is read
        // Then: the company raised the amount from that investor
        assertOneDeal("es", text, "Cohere", "SoftBank", "36E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Samsung toma el 20% de Cohere por 300 millones de euros.",
        "Samsung tomó el 20 por ciento de Cohere por 300 millones de euros."})
    void aStakeTakenIsBought(String text) {
        // Given: a buyer that takes a share of a company for a price
        // When: the sentence is read
        // Then: the company is bought into by the buyer
        assertOneDeal("es", text, "Cohere", "Samsung", "300E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La macrorronda de 50 millones de euros llevada a cabo por Cohere fue liderada por SoftBank."})
    void theCompanyThatCarriedOutARoundRaisedIt(String text) {
        // Given: a round "carried out by" a company, and its lead
        // When: the sentence is read
        // Then: the company raised the round, the lead paid it
        assertOneDeal("es", text, "Cohere", "SoftBank", "50E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Samsung compra Cohere en una operación que ronda los 300 millones de euros.",
        "Samsung compra Cohere por una cifra que rondaría los 300 millones de euros."})
    void theVerbRondarSaysAbout(String text) {
        // Given: a purchase whose price is "about" an amount, told with the verb "rondar"
        // When: the sentence is read
        // Then: the buyer buys the company for about that amount; "ronda" is no funding round of the buyer
        Deal deal = assertOneDeal("es", text, "Cohere", "Samsung", "300E6", "EUR");
        assertEquals(Qualifier.ABOUT, deal.qualifier());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere factura una cifra que ronda los 40 millones de euros.",
        "Cohere atrae cada año a miles de clientes con ventas que rondan los 40 millones de euros.",
        "Cohere toma el 20% del mercado español con unas ventas de 40 millones de euros.",
        "Cohere anuncia una ampliación de plantilla y unas ventas de 40 millones de euros."})
    void revenueAboutAnAmountIsNoDeal(String text) {
        // Given: a company's revenue told with "rondar", "atraer" or "tomar" nearby
        // When: the sentence is read
        // Then: no deal
        assertEquals(List.of(), DealCases.extract("es", text), text);
    }
}

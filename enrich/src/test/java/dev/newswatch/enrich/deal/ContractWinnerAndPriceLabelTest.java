package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spanish ways of telling who wins a contract and what a sale costs that the lexicon lacked: the winner "ha resultado
 * adjudicataria" or "fue la adjudicataria" of a contract, a "megacontrato" or "macropedido" won like a contract; and a
 * price written with its label, "por un importe de N", "por un monto de N", "por valor de N", after the words that need
 * a price after "por" ("la venta de X a Y", "X pasa a manos de Y", "ficha a X"). Spanish sentences of our own.
 */
class ContractWinnerAndPriceLabelTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Oracle ha resultado adjudicataria del contrato de mantenimiento por 40 millones de euros.",
        "Oracle fue la adjudicataria del concurso de limpieza, por un valor de 40 millones de euros.",
        "En concreto, Oracle resultó adjudicatario de los dos lotes por 40 millones de euros."})
    void theWinnerOfTheAwardIsPaid(String text) {
        assertOneDeal("es", text, "Oracle", null, "40E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Oracle ha ganado el megacontrato de Telefónica por 40 millones de euros.",
        "Oracle gana el macropedido de Telefónica por 40 millones de euros."})
    void aLargeContractIsWonLikeAContract(String text) {
        assertOneDeal("es", text, "Oracle", "Telefónica", "40E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "Se anunció la venta de Cohere a Oracle por un monto de 300 millones de dólares.|Cohere|Oracle|300E6|USD",
        "La venta de Cohere a Oracle por un importe de 300 millones de dólares se cerró ayer.|Cohere|Oracle|300E6|USD",
        "Cohere pasa a manos de Oracle por un importe de 700 millones de euros.|Cohere|Oracle|700E6|EUR",
        "Salesforce ficha a Cohere por valor de 120 millones de euros.|Cohere|Salesforce|120E6|EUR"})
    void aPriceWithItsLabelIsThePriceOfTheSale(String text, String target, String investor, String amount,
                                               String currency) {
        assertOneDeal("es", text, target, investor, new BigDecimal(amount).toPlainString(), currency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "El Real Madrid ficha a un delantero por un importe de 80 millones de euros.",
        "Oracle ha resultado adjudicataria en otras ocasiones y factura 40 millones de euros al año."})
    void noDealOfACompany(String text) {
        assertTrue(extract("es", text).isEmpty(), text);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spanish public works are awarded to a temporary joint venture of builders (UTE, "unión temporal de empresas") whose
 * members are named after it: "adjudicado a la UTE formada por X (60%) y Y", "a la UTE que conforman X y Y". The first
 * member is the one paid; without the UTE phrase as a marker of the one paid, the "por" before it made X the agent who
 * awards, and the contract had no party. A price told "por un importe total de N" is that contract's price, not a total
 * of several. Spanish sentences of our own.
 */
class ContractAwardedToAJointVentureTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Telefónica ha adjudicado por 54 millones de euros a la UTE que forman Oracle (60%) y SAP (40%) el nuevo centro.",
        "Telefónica adjudicó a la UTE integrada por Oracle y SAP el mantenimiento de su red por 54 millones de euros.",
        "Telefónica ha adjudicado a una unión temporal de empresas formada por Oracle y SAP la obra, por un importe total"
                + " de 54 millones de euros."})
    void theFirstMemberOfTheJointVentureIsPaidByTheOneWhoAwards(String text) {
        assertOneDeal("es", text, "Oracle", "Telefónica", "54E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Las obras del tramo norte han sido adjudicadas a la UTE formada por Oracle (52,5%) y SAP (47,5%) por 31 millones"
                + " de euros.",
        "El contrato se adjudicó por 31 millones de euros a una unión temporal de empresas (UTE) constituida por Oracle y"
                + " SAP.",
        "El lote adjudicado, por un importe total de 31 millones de euros, corresponde a la UTE integrada por Oracle y"
                + " SAP."})
    void theFirstMemberIsPaidWhenTheAwardIsPassive(String text) {
        assertOneDeal("es", text, "Oracle", null, "31E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "La UTE formada por Oracle y SAP registró unas ventas de 40 millones de euros el año pasado.",
        "El importe total de los contratos que la UTE formada por Oracle y SAP tiene en cartera sube a 40 millones de"
                + " euros."})
    void aJointVentureWithNoAwardHasNoDeal(String text) {
        assertTrue(extract("es", text).isEmpty(), text);
    }
}

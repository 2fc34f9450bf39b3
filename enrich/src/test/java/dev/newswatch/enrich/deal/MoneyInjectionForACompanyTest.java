package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German nouns of an injection of money ("Finanzspritze", "Kapitalspritze", "Geldspritze", "Milliardenspritze") name
 * the company paid with "für", as a round does: "Die Finanzspritze für X über N kommt von Y", "Die Finanzspritze für X
 * (N) war die größte". An injection for a cause names no company and makes no deal. German sentences of our own.
 */
class MoneyInjectionForACompanyTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Die Finanzspritze für Aleph Alpha über 20 Millionen Euro kommt von SAP.",
        "Die Kapitalspritze für Aleph Alpha in Höhe von 20 Millionen Euro stammt von SAP."})
    void anInjectionForACompanyFromAnInvestor(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Die Finanzspritze für Aleph Alpha (20 Mio. Euro) war die größte des Jahres.",
        "Eine Geldspritze von 20 Millionen Euro für Aleph Alpha"})
    void anInjectionForACompanyWithNoInvestor(String text) {
        assertOneDeal("de", text, "Aleph Alpha", null, "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Die Finanzspritze für die Energiewende beträgt 20 Milliarden Euro.",
        "Die Geldspritze von 20 Millionen Euro wird nicht reichen, sagte ein Sprecher."})
    void anInjectionForACauseIsNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A German contract noun followed by "an" and a company names the one the contract is awarded to, who is paid: "der
 * N schwere Auftrag an X", "der Großauftrag der Bundeswehr an X über N". The payer is the subject, else the name in the
 * genitive between the noun and "an", else unsaid. German sentences of our own.
 */
class ContractAwardedToTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Der zwei Milliarden Dollar schwere Auftrag an Microsoft wurde vorläufig gestoppt.",
        "Ein Konkurrent klagt gegen den zwei Milliarden Dollar schweren Auftrag an Microsoft.",
        "Der Auftrag an Microsoft hat ein Volumen von 2 Milliarden Dollar."})
    void theCompanyAContractGoesToIsPaid(String text) {
        assertOneDeal("de", text, "Microsoft", null, "2E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Der Großauftrag von SAP an Microsoft über 2 Milliarden Dollar wurde unterzeichnet.",
        "Der Auftrag von SAP an den Softwarekonzern Microsoft umfasst 2 Milliarden Dollar."})
    void theOwnerOfTheContractPays(String text) {
        assertOneDeal("de", text, "Microsoft", "SAP", "2E9", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Entrusting a contract to a company awards it: "Y confie à X un contrat de N", "Y affida a X un contratto da N" pay
 * X, as "attribue" and "assegna" do; without a contract word after it the verb entrusts no money ("confie la gestion
 * de ses données à X"). Sentences of our own.
 */
class EntrustedContractTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|La Bundeswehr a confié à Helsing un contrat de 250 millions d'euros pour des drones.",
        "it|La Bundeswehr ha affidato a Helsing una commessa da 250 milioni di euro per droni."})
    void theCompanyAContractIsEntrustedToIsPaid(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Bundeswehr", "250E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|La Bundeswehr a confié la formation de ses pilotes à Helsing, dont le chiffre d'affaires atteint "
            + "250 millions d'euros.",
        "it|La Bundeswehr ha affidato la formazione dei piloti a Helsing, che fattura 250 milioni di euro."})
    void entrustingATaskIsNoDeal(String language, String text) {
        assertEquals(0, DealCases.extract(language, text).size(), text);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Winning a contract is being paid by it: the subject of "win", "remporter", "ganar", "vincere", "gewinnen" (and of
 * the reflexive "se adjudica", "si aggiudica") with a contract word a few words after is the company paid, whoever
 * the clause names as the customer. Without a contract word those verbs say nothing of money ("si aggiudica Y" stays
 * a purchase). Sentences of our own.
 */
class WinningAContractTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing won a contract worth 250 million euros to supply reconnaissance drones.",
        "en|Helsing has won a 250 million euro order for reconnaissance drones.",
        "de|Helsing gewinnt einen Auftrag im Wert von 250 Millionen Euro für Aufklärungsdrohnen.",
        "de|Helsing hat einen Auftrag über 250 Millionen Euro für Aufklärungsdrohnen gewonnen.",
        "fr|Helsing a remporté un contrat de 250 millions d'euros pour fournir des drones de reconnaissance.",
        "fr|Helsing remporte le marché des drones de reconnaissance, un contrat de 250 millions d'euros.",
        "es|Helsing ganó un contrato de 250 millones de euros para suministrar drones de reconocimiento.",
        "es|Helsing se adjudica un contrato de drones de reconocimiento por 250 millones de euros.",
        "it|Helsing ha vinto una commessa da 250 milioni di euro per droni da ricognizione.",
        "it|Helsing si è aggiudicata un contratto da 250 milioni di euro per droni da ricognizione."})
    void theWinnerOfAContractIsPaid(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "250E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Helsing si aggiudica Poolside per 250 milioni di euro.",
        "es|Helsing se adjudica Poolside por 250 millones de euros."})
    void withoutAContractWordTheReflexiveVerbStillBuys(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Helsing", "250E6", "EUR");
    }
}

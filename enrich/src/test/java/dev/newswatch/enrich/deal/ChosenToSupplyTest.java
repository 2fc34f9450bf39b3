package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Choosing a company to supply something pays it: "Y has chosen X to supply ...", "Y a choisi X pour fournir ...",
 * "Y ha elegido a X para suministrar ...", "Y ha scelto X per fornire ...", and the passive "X was selected by Y to
 * supply ..." make X the supplier paid and Y the customer; the contract's value may follow in the next sentence.
 * Sentences of our own.
 */
class ChosenToSupplyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The Bundeswehr has chosen Helsing to supply drones under a 250 million euro contract.",
        "en|Helsing has been selected by the Bundeswehr to supply drones under a 250 million euro contract.",
        "en|The Bundeswehr has picked Helsing to supply drones. The contract is worth 250 million euros.",
        "fr|La Bundeswehr a choisi Helsing pour fournir des drones dans le cadre d'un contrat de 250 millions d'euros.",
        "fr|Helsing a été choisie par la Bundeswehr pour fournir des drones, un contrat de 250 millions d'euros.",
        "es|La Bundeswehr ha elegido a Helsing para suministrar drones en un contrato de 250 millones de euros.",
        "it|La Bundeswehr ha scelto Helsing per fornire droni con un contratto da 250 milioni di euro.",
        "it|Helsing è stata scelta dalla Bundeswehr per fornire droni con un contratto da 250 milioni di euro."})
    void theChosenSupplierIsPaidByTheOneWhoChose(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Bundeswehr", "250E6", "EUR");
    }
}

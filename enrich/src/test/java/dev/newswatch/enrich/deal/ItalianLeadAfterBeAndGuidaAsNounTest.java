package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two Italian readings of a round's lead. The lead told after a past form of "to be" or an object pronoun ("A guidare
 * il round è stata X", "a guidarlo è X") leads the round told before (round-leads.yml); before, only "a guidare ... è
 * X" was read. And "guida" as a noun ("specializzata in guida autonoma") is no verb of leading: before, the company it
 * described was taken as the lead of its own round and the sentence gave no deal. Sentences of our own.
 */
class ItalianLeadAfterBeAndGuidaAsNounTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere ha chiuso un round di Serie B da 30 milioni di dollari. A guidare il round è stata Nvidia.",
        "Cohere ha chiuso un round di Serie B da 30 milioni di dollari. A guidare l'operazione è stato Nvidia.",
        "Cohere, nata a Bologna nel 2021, ha chiuso un round da 30 milioni di dollari: a guidarlo è Nvidia.",
        "Cohere ha raccolto 30 milioni di dollari in un nuovo round. A guidarlo è stata Nvidia."})
    void theLeadAfterAFormOfBeLeadsTheRoundToldBefore(String text) {
        // Given a round and its lead told after "è", "è stata" or "a guidarlo"; When it is read; Then the lead pays
        assertOneDeal("it", text, "Cohere", "Nvidia", "30E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La startup Cohere, specializzata in guida autonoma, ha chiuso un round da 30 milioni di dollari guidato da Nvidia.",
        "Cohere, attiva nei sistemi di guida assistita, ha raccolto 30 milioni di dollari da Nvidia."})
    void guidaAsANounDoesNotMakeTheCompanyALead(String text) {
        // Given a company described by the noun "guida"; When it is read; Then it is the one raising, not a lead
        assertOneDeal("it", text, "Cohere", "Nvidia", "30E6", "USD");
    }
}

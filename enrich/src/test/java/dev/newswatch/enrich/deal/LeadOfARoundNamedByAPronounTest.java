package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round told with its amount and no investor, then its lead in the next sentence with the round named again by a
 * pronoun ("Halvora led it with M", "l'a mené", "la lideró", "lo ha guidato"): the round is reported with that lead
 * and its amount; the lead's share is no deal of its own. Sentences of our own.
 */
class LeadOfARoundNamedByAPronounTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside closed a $600 million round. SoftBank led it with $200 million.",
        "fr|Poolside a levé 600 millions de dollars. SoftBank l'a mené avec 200 millions de dollars.",
        "es|Poolside recaudó 600 millones de dólares. SoftBank la lideró con 200 millones.",
        "it|Poolside ha raccolto 600 milioni di dollari. SoftBank lo ha guidato con 200 milioni."})
    void theRoundIsReportedWithItsLead(String language, String text) {
        assertOneDeal(language, text, "Poolside", "SoftBank", "600E6", "USD");
    }
}

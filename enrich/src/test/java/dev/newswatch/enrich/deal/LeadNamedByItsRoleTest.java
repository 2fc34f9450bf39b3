package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A round's lead named by its role right after its name ("con X in qualità di investitore principale", "with X as
 * lead investor"), whatever the order of noun and adjective ("come principale investitore"): the {@code subject}
 * phrases of round-leads.yml. Sentences of our own in the five languages.
 */
class LeadNamedByItsRoleTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Cohere si è assicurata un finanziamento da 500 milioni di dollari, con Nvidia in qualità di investitore "
            + "principale.",
        "it|Cohere ha raccolto 500 milioni di dollari, con Nvidia come principale investitore.",
        "it|Cohere ha raccolto 500 milioni di dollari, con Nvidia come investitore di riferimento.",
        "en|Cohere secured $500 million in funding, with Nvidia as lead investor.",
        "fr|Cohere a levé 500 millions de dollars, avec Nvidia comme investisseur principal.",
        "es|Cohere recaudó 500 millones de dólares, con Nvidia como inversor principal.",
        "de|Cohere sammelte 500 Millionen Dollar ein, mit Nvidia als Hauptinvestor."})
    void theNameCastAsLeadPaysTheRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Nvidia", "5E8", "USD");
    }
}

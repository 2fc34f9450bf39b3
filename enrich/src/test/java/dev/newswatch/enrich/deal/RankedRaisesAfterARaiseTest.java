package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round-ups that rank companies after a raise, in a sentence with no deal word of its own ("Poolside came second
 * with $376m", "Segue Poolside con 376 milioni", "Poolside folgt auf Platz zwei mit 376 Millionen"), or list them with
 * their amounts in brackets ("Hervor stechen Helsing (240 Millionen Euro) und Poolside (260 Millionen Euro)"): the
 * ranked or bracketed company raised the amount. A ranking sentence whose amount stands after two names does not say
 * which of them is ranked, and one bracket after one name is an aside.
 */
class RankedRaisesAfterARaiseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Given a raise, then a company ranked after it with an amount
        "en|Helsing raised the most this month, $500 million. Poolside came second with $376 million.|USD",
        "it|Helsing ha raccolto 500 milioni di dollari. Segue Poolside con 376 milioni di dollari.|USD",
        "it|Helsing ha raccolto 500 milioni di dollari. Poolside si piazza al secondo posto: 376 milioni di "
                + "dollari.|USD",
        "fr|Helsing a levé 500 millions de dollars. Poolside arrive juste derrière avec 376 millions de dollars.|USD",
        "es|Helsing levantó 500 millones de dólares. Le sigue Poolside con 376 millones de dólares.|USD",
        "de|Helsing sammelte 500 Millionen Dollar ein. Poolside folgt auf Platz zwei mit 376 Millionen Dollar.|USD"})
    void aCompanyRankedAfterARaiseRaisedItsAmount(String language, String text, String currency) {
        // When the deals are read / Then the ranked company has the second amount
        assertDeals(language, text, List.of(deal("Helsing", null, "500E6", currency),
                deal("Poolside", null, "376E6", currency)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Given a raise, then a sentence whose first clause ranks a company and whose second tells another raise
        "en|Helsing raised $500 million. Poolside came second with $376 million, while Cohere raised $300 million.",
        "it|Helsing ha raccolto 500 milioni di dollari. Poolside si classifica al secondo posto con 376 milioni di "
                + "dollari, mentre Cohere ha incassato 300 milioni di dollari."})
    void aRankingClauseBesideAnotherRaiseRaisedItsAmount(String language, String text) {
        // When the deals are read / Then the ranked company of the first clause has its own amount
        assertDeals(language, text, List.of(deal("Helsing", null, "500E6", "USD"),
                deal("Poolside", null, "376E6", "USD"), deal("Cohere", null, "300E6", "USD")));
    }

    @Test
    void companiesWithTheirAmountsInBracketsAfterARoundWordRaisedThem() {
        // Given a sentence about rounds, then two companies each with a bracketed amount
        assertDeals("de", "Die Studie zählt die Finanzierungsrunden des Jahres. Hervor stechen Helsing (240 Millionen "
                + "Euro) und Poolside (260 Millionen Euro).", List.of(deal("Helsing", null, "240E6", "EUR"),
                deal("Poolside", null, "260E6", "EUR")));
    }

    @Test
    void twoNamesBeforeARankedAmountGiveNoDeal() {
        // Given a ranking sentence naming two companies before its one amount / Then no deal is read from it
        assertDeals("en", "Helsing raised $500 million. Poolside, a rival of Cohere, came second with $376 million.",
                List.of(deal("Helsing", null, "500E6", "USD")));
    }

    @Test
    void oneBracketAfterOneNameIsAnAside() {
        // Given one company with a bracketed amount after a raise / Then it is no raise of that company
        assertDeals("en", "Helsing raised $500 million. Poolside ($2 billion in sales last year) did not comment.",
                List.of(deal("Helsing", null, "500E6", "USD")));
    }
}

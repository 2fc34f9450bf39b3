package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round-ups that list deals after a semicolon with the verb left out: "Helsing received $1bn; Poolside, $200m; and
 * Cohere $300m". The item after the semicolon is only a name and its amount; it borrows the deal word of the clause
 * before and pays its own name. A clause after a semicolon that says more than a name and an amount keeps its own
 * reading. Words that sum up the items before a colon ("Ambas recibieron ...:") do not make the items' amounts totals.
 */
class GappedItemsAfterASemicolonTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // Given a first clause with its verb, then items of a name and an amount after semicolons
        "en|Helsing received $1 billion; Poolside, $200 million; and Cohere $300 million.|USD|1E9",
        "it|Helsing ha ricevuto 1 miliardo di dollari; Poolside, 200 milioni; e Cohere 300 milioni.|USD|1E9",
        "fr|Helsing a reçu 1 milliard de dollars ; Poolside, 200 millions ; et Cohere 300 millions.|USD|1E9",
        "es|Helsing recibió 1.200 millones de dólares; Poolside, 200 millones; y Cohere, 300 millones.|USD|1.2E9",
        "de|Helsing erhielt 1 Milliarde Dollar; Poolside 200 Millionen; und Cohere 300 Millionen.|USD|1E9"})
    void eachItemAfterASemicolonPaysItsOwnName(String language, String text, String currency, String first) {
        // When the deals are read / Then each amount goes to the name of its item
        assertDeals(language, text, List.of(deal("Helsing", null, first, currency),
                deal("Poolside", null, "200E6", currency), deal("Cohere", null, "300E6", currency)));
    }

    @Test
    void aDescriptionMayStandBeforeTheItemsName() {
        // Given "; la fintech X, N" / Then X is paid, not the first company
        assertDeals("es", "Helsing recibió 1.200 millones de dólares; la tecnológica Poolside, 200 millones.",
                List.of(deal("Helsing", null, "1.2E9", "USD"), deal("Poolside", null, "200E6", "USD")));
    }

    @Test
    void aClauseThatSaysMoreIsNoItem() {
        // Given a clause after the semicolon with a pronoun and more words / Then its amount is no deal of the first
        assertDeals("en", "Helsing raised $1 billion; it now holds $3 billion in cash.",
                List.of(deal("Helsing", null, "1E9", "USD")));
    }

    @Test
    void wordsSummingUpItemsBeforeAColonMakeNoTotal() {
        // Given "both" before a colon that opens items with their own names / Then each amount is a deal
        assertDeals("es", "Ambas recibieron capital este año: Helsing recibió 1.200 millones de dólares y Poolside, "
                + "200 millones.", List.of(deal("Helsing", null, "1.2E9", "USD"),
                deal("Poolside", null, "200E6", "USD")));
    }
}

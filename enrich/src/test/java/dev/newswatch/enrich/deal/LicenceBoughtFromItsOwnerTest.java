package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money paid for a licence of a company's technology pays that company, as goods bought from their maker do
 * ({@code goods} of the lexicons: "licenza", "licence", "licencia", "Lizenz"), in sentences of our own in the five
 * languages.
 */
class LicenceBoughtFromItsOwnerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Microsoft ha versato 580 milioni di dollari per ottenere la licenza della tecnologia di Cohere.",
        "it|Microsoft ha acquistato da Cohere licenze per 580 milioni di dollari.",
        "fr|Microsoft a payé 580 millions de dollars pour une licence de la technologie de Cohere.",
        "es|Microsoft pagó 580 millones de dólares por una licencia de la tecnología de Cohere.",
        "de|Microsoft zahlte 580 Millionen Dollar für eine Lizenz der Technologie von Cohere.",
        "en|Microsoft paid $580 million for a licence to Cohere's technology."})
    void theOwnerOfTheLicensedTechnologyIsPaid(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Microsoft", "5.8E8", "USD");
    }
}

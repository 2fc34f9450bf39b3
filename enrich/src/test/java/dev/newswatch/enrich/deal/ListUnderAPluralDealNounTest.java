package dev.newswatch.enrich.deal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A list of companies with their amounts in brackets under the plural of a general deal noun ("the largest
 * transactions – A (N), B (M) –", "le operazioni top", "las mayores operaciones", "les plus grosses opérations"): each
 * amount is a deal of its own company. A number right before the noun counts deals ("57 opérations totalisant N"): a
 * statistic, no list. Sentences of our own in the five languages.
 */
class ListUnderAPluralDealNounTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Start-ups raised €1.1bn last year. The largest transactions – Mistral AI (€122m), Anthropic (€83.5m), Arm "
            + "(€70m) – went to mature sectors.",
        "it|Le startup hanno raccolto 1,1 miliardi di euro nel 2025. Le operazioni top – Mistral AI (122 milioni), "
            + "Anthropic (83,5 milioni), Arm (70 milioni) – riguardano settori maturi.",
        "es|Las startups captaron 1.100 millones de euros en 2025. Las mayores operaciones – Mistral AI "
            + "(122 millones), Anthropic (83,5 millones), Arm (70 millones) – se concentran en sectores maduros.",
        "fr|Les start-up ont levé 1,1 milliard d'euros en 2025. Les plus grosses opérations – Mistral AI "
            + "(122 millions), Anthropic (83,5 millions), Arm (70 millions) – concernent des secteurs mûrs.",
        "de|Start-ups sammelten 2025 insgesamt 1,1 Mrd. Euro ein. Die größten Transaktionen – Mistral AI "
            + "(122 Mio. Euro), Anthropic (83,5 Mio. Euro), Arm (70 Mio. Euro) – betreffen reife Branchen."})
    void eachBracketedAmountIsTheDealOfItsCompany(String language, String text) {
        DealCases.assertFound(language, text,
                "mistral <- null 122000000 EUR; anthropic <- null 83500000 EUR; arm <- null 70000000 EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|D'après Salesforce, l'Allemagne a conclu 57 opérations au-delà de 5 millions d'euros totalisant 1,4 "
            + "milliard d'euros.",
        "it|Secondo Meta, l'Italia ha chiuso 92 operazioni sopra i 3 milioni di euro per un totale di 2,9 "
            + "miliardi di euro.",
        "es|Según Meta, España cerró 92 operaciones de más de 3 millones de euros que suman 2.900 millones de euros."})
    void aCountOfDealsIsNoList(String language, String text) {
        DealCases.assertFound(language, text, "");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two companies joined by a conjunction that each raised the same amount ("A et B ont chacun levé N", "A and B
 * raised N each", "A e B hanno raccolto N ciascuna", "A und B sammelten je N ein", "A y B levantaron N cada una"):
 * one raise of that amount for each. Without the "each" word the amount stays one deal. Sentences of our own in
 * the five languages.
 */
class EachOfTwoJoinedRaisersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Cette semaine, Helsing et Mistral ont chacun levé 40 millions d'euros.|EUR",
        "fr|Sur la troisième marche, Helsing et Mistral, qui ont levé chacune 40 millions d'euros.|EUR",
        "en|This week Helsing and Mistral raised €40 million each from their backers.|EUR",
        "it|Questa settimana Helsing e Mistral hanno raccolto 40 milioni di euro ciascuna.|EUR",
        "de|Helsing und Mistral sammelten in dieser Woche je 40 Millionen Euro ein.|EUR",
        "es|Esta semana Helsing y Mistral levantaron 40 millones de euros cada una.|EUR"})
    void eachOfTheTwoRaisesTheAmount(String language, String text, String currency) {
        assertDeals(language, text, List.of(deal("Helsing", null, "40E6", currency),
                deal("Mistral AI", null, "40E6", currency)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Helsing et Mistral ont levé ensemble 40 millions d'euros.|EUR",
        "en|Helsing raised €40 million together with Mistral.|EUR"})
    void withoutAnEachWordTheAmountIsOneDeal(String language, String text, String currency) {
        assertOneDeal(language, text, "Helsing", null, "40E6", currency);
    }
}

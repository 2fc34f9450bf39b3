package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount told as the sum of several rounds ("across several rounds", "in più round", "en plusieurs tours", "en
 * varias rondas", "in mehreren Finanzierungsrunden"): a running total, no deal of its own (session 18). Before, the
 * plural round noun could even make the company named before "investment in" the one paid ("X's total investment in
 * Y across several rounds was $13bn" gave a round of X). A single round counted among others ("its third round this
 * year") stays a deal.
 */
class SumOfRoundsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing has raised $400 million over three funding rounds.",
        "en|Nvidia's total investment in Helsing across several rounds was about $400 million.",
        "en|Helsing raised $400 million in several rounds since 2021.",
        "it|Helsing ha raccolto 400 milioni di dollari in più round di finanziamento.",
        "it|Helsing ha raccolto 400 milioni di dollari nel corso di tre round.",
        "fr|Helsing a obtenu en plusieurs tours de table 400 millions de dollars.",
        "fr|Helsing a obtenu au fil de trois levées 400 millions de dollars.",
        "es|Helsing ha recaudado 400 millones de dólares en varias rondas de financiación.",
        "es|Helsing ha recaudado 400 millones de dólares a lo largo de tres rondas.",
        "de|Helsing hat in mehreren Finanzierungsrunden 400 Millionen Dollar eingesammelt.",
        "de|Helsing hat über drei Finanzierungsrunden hinweg 400 Millionen Dollar eingesammelt."})
    void aSumOfSeveralRoundsIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing raised $400 million in a round, its third round this year.",
        "it|Helsing ha raccolto 400 milioni di dollari con un round, il terzo round dell'anno.",
        "fr|Helsing a obtenu 400 millions de dollars avec un tour de table, son troisième tour de l'année.",
        "es|Helsing ha recaudado 400 millones de dólares con una ronda, su tercera ronda del año.",
        "de|Helsing hat 400 Millionen Dollar in einer Finanzierungsrunde eingesammelt, der dritten in diesem Jahr."})
    void aSingleRoundCountedAmongOthersStaysADeal(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "4E8", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two leads joined by "and" before a phrase of leading (session 25): "A and B, which led the round", "A et B qui
 * menaient le tour de table", "A y B, que lideraron la ronda" (the plural of the phrase is language data). The first named is the lead, not the one nearest the phrase. Sentences of our own.
 */
class CoordinatedLeadsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing raised €600 million this spring. Investors crowded around General Catalyst and Accel, which led "
            + "the round.",
        "fr|Helsing a levé 600 millions d'euros ce printemps. Les investisseurs se sont pressés autour de General "
            + "Catalyst et Accel qui menaient le tour de table.",
        "es|Helsing recaudó 600 millones de euros en primavera. Los inversores se agolparon en torno a General "
            + "Catalyst y Accel, que lideraron la ronda.",
        "it|Helsing ha raccolto 600 milioni di euro in primavera. Gli investitori si sono affollati attorno a General "
            + "Catalyst e Accel, che hanno guidato il round."})
    void theFirstOfTwoJoinedLeadsLeads(String language, String text) {
        // Given a round and, in the next sentence, two names joined by "and" before a phrase of leading
        // When the deal is read
        // Then the first of the two names is the lead investor
        assertOneDeal(language, text, "Helsing", "General Catalyst", "600E6", "EUR");
    }
}

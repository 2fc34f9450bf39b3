package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round-ups that rank sectors by what their rounds add up to ("le secteur cumule N, en bonne partie grâce à X
 * (M)", "el sector acumula N", "il settore cumula N"), session 26: a verb of accumulating makes its amount a sum of
 * several operations, not a round of the company named after it, whose own round is the bracket.
 */
class AccumulatedSumOfASectorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Au deuxième rang, le logiciel cumule 112 millions d'euros, en bonne partie grâce à la levée "
                + "de Cohere (85 M€).",
        "es|En segundo lugar, el sector del software acumula 104 millones de euros, sobre todo gracias a la ronda de "
                + "Cohere (85 millones de euros).",
        "it|Al secondo posto il settore del software cumula 104 milioni di euro, soprattutto grazie al round di "
                + "Cohere (85 milioni di euro)."})
    void accumulatedSumIsNoRoundOfTheCompanyNamedAfterIt(String language, String text) {
        // Given a sector whose rounds add up to an amount, and one company's round in a bracket after it
        // When the deals are read
        // Then only the bracket is that company's round
        assertDeals(language, text, List.of(deal("Cohere", null, "8.5E7", "EUR")));
    }
}

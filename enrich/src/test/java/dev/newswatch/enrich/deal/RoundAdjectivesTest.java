package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round noun with an adjective between it and its amount, the company named in a relative clause after the amount
 * (session 16): "una ronda récord de 900 millones que Perplexity cierra", "un round record da 900 milioni che
 * Perplexity chiude", "une levée record de 900 millions que Perplexity boucle". The company of the relative clause
 * raises the round.
 */
class RoundAdjectivesTest {

    static Stream<Arguments> theCompanyOfARelativeAfterTheAmountRaisesTheRound() {
        return Stream.of(
                Arguments.of("es", "La noticia llega en plena ronda de financiación récord de 900 millones de dólares "
                        + "que Perplexity está cerrando con varios fondos.", "900E6"),
                Arguments.of("es", "El acuerdo coincide con una ronda inédita de u$s900 millones que Perplexity lleva "
                        + "adelante desde octubre.", "900E6"),
                Arguments.of("it", "La notizia arriva durante un round record da 900 milioni di dollari che "
                        + "Perplexity sta chiudendo.", "900E6"),
                Arguments.of("fr", "L'annonce tombe pendant une levée record de 900 millions de dollars que "
                        + "Perplexity est en train de boucler.", "900E6"),
                Arguments.of("en", "The news comes during a record $900 million round that Perplexity is closing.",
                        "900E6"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyOfARelativeAfterTheAmountRaisesTheRound(String language, String text, String amount) {
        assertOneDeal(language, text, "Perplexity", null, amount, "USD");
    }
}

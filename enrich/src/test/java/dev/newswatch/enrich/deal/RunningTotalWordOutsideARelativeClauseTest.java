package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A running-total word ("so far", "finora", "jusqu'ici", "hasta ahora") in the main clause, before a relative clause
 * that tells a raise ("..., no one matched X, which just raised N"), belongs to the main clause: the raise is a round,
 * not a total (session 17). Inside the raise's own clause the word still makes a total.
 */
class RunningTotalWordOutsideARelativeClauseTest {

    static Stream<Arguments> aRaiseInARelativeClauseIsARound() {
        return Stream.of(
                Arguments.of("en", "In a record year so far for chip deals, no start-up has come near Cohere, which "
                        + "just raised $900 million in a round valuing it at $9 billion."),
                Arguments.of("en", "So far this year, nobody has matched Cohere, which has just secured $900 million "
                        + "in new funding."),
                Arguments.of("it", "In un anno finora da record per i chip, nessuna start-up ha eguagliato Cohere, che "
                        + "ha appena raccolto 900 milioni di dollari."),
                Arguments.of("fr", "Dans une année jusqu'ici record pour les puces, aucune start-up n'a égalé Cohere, "
                        + "qui vient de lever 900 millions de dollars."),
                Arguments.of("es", "En un año hasta ahora récord para los chips, ninguna start-up ha igualado a "
                        + "Cohere, que acaba de recaudar 900 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aRaiseInARelativeClauseIsARound(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "9E8", "USD");
    }

    @Test
    void theWordInTheRaisesOwnClauseStillMakesATotal() {
        assertTrue(DealCases.extract("en", "Cohere has so far raised $900 million from investors.").isEmpty());
        assertTrue(DealCases.extract("en", "Cohere, which has raised $900 million so far, is in talks for more.")
                .isEmpty());
    }
}

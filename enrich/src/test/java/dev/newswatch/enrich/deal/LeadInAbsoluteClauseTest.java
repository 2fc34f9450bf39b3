package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead of a round told in an absolute clause of the next sentence: "..., X étant en tête d'affiche", "..., con X a
 * la cabeza". Not in English or Italian ("with X in the lead", "con X in testa"): the same words after a name also say
 * it tops a ranking ("X era in testa"), which is no lead of a round.
 */
class LeadInAbsoluteClauseTest {

    static Stream<Arguments> theNameInTheLeadLedTheRound() {
        return Stream.of(
                Arguments.of("fr", "Cette semaine, Velmora a levé 100 millions de dollars (série B). Le fonds "
                        + "Sequoia ne mène plus la danse, Quintel Capital étant en tête d'affiche."),
                Arguments.of("es", "Esta semana Velmora ha cerrado una ronda serie B de 100 millones de dólares. Sequoia "
                        + "ya no marca el ritmo, con Quintel Capital a la cabeza."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameInTheLeadLedTheRound(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Quintel Capital", "100000000", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount followed by a relative clause with a deal verb ("die 13 Milliarden Dollar, die Poolside im September
 * einnahm", "i 13 miliardi che Poolside ha raccolto"): the verb of that clause is the amount's deal word, so the
 * amount is the deal of the relative clause's subject. Before, in German, where the relative clause follows a comma
 * and ends with its verb, a round word of an earlier list item took the amount for its own company; the other
 * languages already read it so and stay here as a guard.
 */
class RelativeClauseOnAmountTest {

    static Stream<Arguments> theRelativeClauseTellsWhoseAmountItIs() {
        return Stream.of(
                Arguments.of("de", "Dazu gehören die Finanzierungsrunde von Cohere über 41 Milliarden Dollar, die 13 "
                        + "Milliarden Dollar, die Poolside im September einnahm, und weitere."),
                Arguments.of("it", "Tra questi ci sono il round di Cohere da 41 miliardi di dollari, i 13 miliardi di "
                        + "dollari che Poolside ha raccolto a settembre, e altri."),
                Arguments.of("fr", "Parmi eux, le tour de table de Cohere de 41 milliards de dollars, les 13 milliards "
                        + "de dollars que Poolside a levés en septembre, et d'autres."),
                Arguments.of("es", "Entre ellos, la ronda de Cohere de 41.000 millones de dólares, los 13.000 millones "
                        + "de dólares que Poolside recaudó en septiembre, y otros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theRelativeClauseTellsWhoseAmountItIs(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "4.1E10", "USD"),
                deal("Poolside", null, "1.3E10", "USD")));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A second clause joined by "and" whose name is followed by a plain verb and a round noun with its own amount
 * ("and in May Poolside closed a $2.8bn round"), with a short time phrase allowed between "and" and the name:
 * the name opens a deal of its own. Before, the second amount went to the subject of the first clause, because only
 * a deal verb right after the name, or "and" at most one word before it, started a new clause.
 */
class CoordinateRoundClauseTest {

    static Stream<Arguments> theNameAfterAndOwnsTheSecondRound() {
        return Stream.of(
                Arguments.of("en", "In 2024 Cohere raised $4.1 billion, and in late May 2025 Poolside closed a "
                        + "$2.8 billion round."),
                Arguments.of("en", "In 2024 Cohere raised $4.1 billion and in May Poolside closed a $2.8 billion "
                        + "round."),
                Arguments.of("it", "Nel 2024 Cohere aveva raccolto 4,1 miliardi di dollari e a fine maggio 2025 "
                        + "Poolside ha chiuso un round da 2,8 miliardi di dollari."),
                Arguments.of("de", "Cohere sammelte 2024 4,1 Milliarden Dollar ein, und Ende Mai 2025 schloss "
                        + "Poolside eine Finanzierungsrunde über 2,8 Milliarden Dollar ab."),
                Arguments.of("es", "En 2024 Cohere recaudó 4.100 millones de dólares y en mayo Poolside cerró una "
                        + "ronda de 2.800 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterAndOwnsTheSecondRound(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "4.1E9", "USD"),
                deal("Poolside", null, "2.8E9", "USD")));
    }

    static Stream<Arguments> aPossessiveBeforeTheRoundOpensNoClause() {
        return Stream.of(
                Arguments.of("en", "Meta is finalising a $10 billion round for Cohere, on top of Cohere's $1 billion "
                        + "Series F."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPossessiveBeforeTheRoundOpensNoClause(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", "Meta", "1E10", "USD"),
                deal("Cohere", null, "1E9", "USD")));
    }
}

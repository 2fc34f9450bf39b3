package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount followed by a raise participle and its agent, as round-ups add one more company's money: "the $16.8
 * million raised in London by X", "i 16,8 milioni di euro raccolti a Parigi in aprile dalla giovane X". A short
 * place or time adjunct may stand between the participle and the agent word; the agent raised the amount.
 */
class AgentAfterAnAdjunctTest {

    static Stream<Arguments> theAgentRaisedTheAmount() {
        return Stream.of(
                Arguments.of("en", "Add the $16.8 million raised in London by Poolside.", "USD"),
                Arguments.of("en", "Add the $16.8 million raised on the London market by the newly listed Poolside.",
                        "USD"),
                Arguments.of("it", "Poi ci sono i 16,8 milioni di euro raccolti a Parigi in aprile dalla giovane "
                        + "Poolside.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentRaisedTheAmount(String language, String text, String currency) {
        // Given an amount, a raise participle, a place adjunct and the agent
        // When the deals are read
        // Then the agent raised the amount
        assertDeals(language, text, List.of(deal("Poolside", null, "1.68E7", currency)));
    }
}

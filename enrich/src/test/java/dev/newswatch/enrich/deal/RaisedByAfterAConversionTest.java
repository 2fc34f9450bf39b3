package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money raised told with its raiser as agent, as in {@link RaisedByTest}, with two more shapes (session 16): the same
 * money in another currency in brackets between the amount and the verb ("$1.2bn (€1bn) raised by X"), and a sentence
 * whose own subject is left out or a pronoun ("Next came the ..."), which the agent wins over: the name after "by"
 * raised the money, not the company the sentences before were about.
 */
class RaisedByAfterAConversionTest {

    static Stream<Arguments> theAgentAfterTheConversionRaised() {
        return Stream.of(
                Arguments.of("en", "Anthropic topped the list. Next came the $1.2 billion (€1 billion) raised by the "
                        + "chip start-up Cohere.", "1.2E9", "USD"),
                Arguments.of("it", "Anthropic era in testa. È stato seguito dai 1,2 miliardi di dollari (1 miliardo "
                        + "di euro) raccolti dalla startup di chip Cohere.", "1.2E9", "USD"),
                Arguments.of("fr", "Anthropic arrive en tête. Suivent les 1,2 milliard de dollars (1 milliard "
                        + "d'euros) levés par la start-up de puces Cohere.", "1.2E9", "USD"),
                Arguments.of("es", "Anthropic encabeza la lista. Le siguen los 1.200 millones de dólares (1.000 "
                        + "millones de euros) recaudados por la startup de chips Cohere.", "1.2E9", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentAfterTheConversionRaised(String language, String text, String amount, String currency) {
        assertOneDeal(language, text, "Cohere", null, amount, currency);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round-up that first tells one deal in a full clause (a relative clause with its verb and the round's lead) and
 * then lists the next company with its amount alone in a bracket: "A, which took $30m in a round led by B, Berlin's
 * C ($15m)". The bracket is C's own item: C is paid, and the lead of A's round is not C's payer. Before, the bracket
 * amount went to A and B as a second deal.
 */
class BracketedItemAfterAToldDealTest {

    static Stream<Arguments> theBracketPaysTheNameBeforeIt() {
        return Stream.of(
                Arguments.of("en", "Biotechs included Poolside, which took $30 million in March in a round led by "
                        + "Sequoia, Berlin's Helsing ($15 million) and others."),
                Arguments.of("it", "Tra le biotech spiccano la milanese Poolside, che ha ottenuto a marzo 30 milioni "
                        + "di euro in un round guidato da Sequoia, la torinese Helsing (15 milioni di euro) e altre."),
                Arguments.of("de", "Zu den Biotechs zählen Poolside, das im März 30 Millionen Euro in einer von "
                        + "Sequoia angeführten Runde erhielt, die Berliner Helsing (15 Millionen Euro) und andere."),
                Arguments.of("de", "Unter den Biotechs war Poolside, das im März in einer Runde unter Führung von "
                        + "Sequoia 30 Millionen Euro erhielt, das Berliner Start-up Helsing (15 Millionen Euro) und "
                        + "weitere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theBracketPaysTheNameBeforeIt(String language, String text) {
        // Given a round-up: one deal told with its verb and lead, then a name with its amount in a bracket
        // When the deals are read
        // Then the first company keeps its lead, and the bracketed amount is the next company's, with no payer
        String currency = language.equals("en") ? "USD" : "EUR";
        assertDeals(language, text, List.of(deal("Poolside", "Sequoia Capital", "3E7", currency),
                deal("Helsing", null, "1.5E7", currency)));
    }
}

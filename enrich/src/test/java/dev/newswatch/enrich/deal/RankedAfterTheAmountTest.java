package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A top-deal list told as a ranking: a raise, then "second came X with N", a sentence about X, then "third, with M,
 * came Y", where the ranked company stands after its amount and a source may be named on the way ("laut Dealroom",
 * "secondo Dealroom"). The third item goes on with the list the ranked item before it made (not only the raise that
 * opened it), its company is the only name after the amount, and the source is no party.
 */
class RankedAfterTheAmountTest {

    static Stream<Arguments> theRankedCompanyAfterTheAmountRaised() {
        return Stream.of(
                Arguments.of("de", "Im Jahr sammelte Poolside 300 Millionen Euro ein. Auf Platz zwei folgte Helsing "
                        + "mit 260 Millionen Euro. Das Start-up baut Software. Auf Rang drei landete laut Dealroom "
                        + "mit 250 Millionen Euro der Pariser Entwickler Mistral AI."),
                Arguments.of("it", "Nel trimestre Poolside ha raccolto 300 milioni di euro. Al secondo posto si piazza "
                        + "Helsing con 260 milioni. La società produce software. Al terzo posto, secondo Dealroom, "
                        + "con 250 milioni la francese Mistral AI."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theRankedCompanyAfterTheAmountRaised(String language, String text) {
        // Given a raise and two ranked items, the last one naming its company after the amount and a source before it
        // When the deals are read
        // Then each company raises its own amount, and the source raises nothing
        assertDeals(language, text, List.of(deal("Poolside", null, "3E8", "EUR"), deal("Helsing", null, "2.6E8", "EUR"),
                deal("Mistral AI", null, "2.5E8", "EUR")));
    }
}

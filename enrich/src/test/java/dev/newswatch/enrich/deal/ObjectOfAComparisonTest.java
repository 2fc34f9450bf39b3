package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount that is the object of a comparison right before it ("well ahead of the $3bn a rival is valued at",
 * "far behind the $9bn", "surpassing X's $700m Series D") is a figure told to compare with, not a deal of its own
 * (session 17, English). The comparison word must stand right before the amount.
 */
class ObjectOfAComparisonTest {

    static Stream<Arguments> theAmountComparedWithIsNoDeal() {
        return Stream.of(
                Arguments.of("en", "Cohere was valued at $6 billion, well ahead of the $3 billion at which rival "
                        + "Helsing was priced a year earlier.", "[]"),
                Arguments.of("en", "The new round values Cohere at $6 billion, far behind the $9 billion that Helsing "
                        + "fetched last year.", "[]"),
                Arguments.of("en", "It is the largest seed round ever for a robotics start-up, surpassing Helsing's "
                        + "$700 million Series D.", "[]"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAmountComparedWithIsNoDeal(String language, String text, String expected) {
        assertEquals(expected, extract(language, text).toString(), language + " \"" + text + "\"");
    }

    @Test
    void aComparisonWordAwayFromTheAmountLeavesTheDeal() {
        assertOneDeal("en", "Ahead of the listing, Cohere raised $500 million.", "Cohere", null, "5E8", "USD");
        assertOneDeal("en", "Cohere raised $500 million, surpassing the sum it had sought.", "Cohere", null, "5E8",
                "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One deal told twice with amounts within 5% ("lands $1bn" in a headline, "the $1.05bn round" in the body): the
 * report keeps the amount written with more significant digits, whichever comes first, and the investor of the
 * report that names one (session 17).
 */
class PreciseAmountOfADealToldTwiceTest {

    static Stream<Arguments> theMorePreciseAmountIsKept() {
        return Stream.of(
                Arguments.of("en", "Helsing lands $1bn for its drone software. The German start-up said the $1.05bn "
                        + "round was led by SoftBank."),
                Arguments.of("en", "Helsing lands $1.05bn for its drone software. The $1bn investment is backed by "
                        + "SoftBank."),
                Arguments.of("it", "Helsing raccoglie 1 miliardo di dollari. Il round da 1,05 miliardi di dollari è "
                        + "stato guidato da SoftBank."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theMorePreciseAmountIsKept(String language, String text) {
        assertOneDeal(language, text, "Helsing", "SoftBank", "1.05E9", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deal told before without an amount, referred to by a noun with an adjective of the whole deal between the
 * determiner and the noun ("the total deal", "the proposed acquisition"): the sentence that names no side gives that
 * deal its amount, as "the deal" does (session 17, English).
 */
class DealReferredToWithAnAdjectiveTest {

    static Stream<Arguments> anAdjectiveOfTheWholeDealStillRefersToIt() {
        return Stream.of(
                Arguments.of("en", "Alibaba announced on Monday that it will buy Helsing from its founders. The total "
                        + "deal comprises $410 million in cash and some stock, Alibaba added."),
                Arguments.of("en", "Alibaba announced on Monday that it will buy Helsing from its founders. The "
                        + "proposed acquisition is worth $410 million, according to a filing."),
                Arguments.of("en", "Alibaba announced on Monday that it will buy Helsing from its founders. The "
                        + "all-cash transaction amounts to $410 million."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anAdjectiveOfTheWholeDealStillRefersToIt(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Alibaba", "4.1E8", "USD");
    }
}

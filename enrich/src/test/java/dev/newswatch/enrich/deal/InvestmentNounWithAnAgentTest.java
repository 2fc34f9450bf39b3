package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An investment noun that opens its clause with no company named, followed by its agent ("The $1.2bn investment is
 * backed by X", "L'investimento ... è guidato da X"), is the round of the company the sentence before is about, paid
 * by the agent, as "The $1.2bn round was led by X" is (session 17).
 */
class InvestmentNounWithAnAgentTest {

    static Stream<Arguments> theAgentPaysTheRoundOfTheCompanyBefore() {
        return Stream.of(
                Arguments.of("en", "Helsing has closed a new round. The $1.15bn investment is backed by SoftBank "
                        + "together with Nvidia."),
                Arguments.of("en", "Helsing has closed a new round. The $1.15 billion investment was led by SoftBank."),
                Arguments.of("it", "Helsing ha chiuso un nuovo round. L'investimento da 1,15 miliardi di dollari è "
                        + "guidato da SoftBank."),
                Arguments.of("fr", "Helsing a bouclé un nouveau tour. L'investissement de 1,15 milliard de dollars est "
                        + "mené par SoftBank."),
                Arguments.of("es", "Helsing cerró una nueva ronda. La inversión de 1.150 millones de dólares está "
                        + "liderada por SoftBank."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentPaysTheRoundOfTheCompanyBefore(String language, String text) {
        assertOneDeal(language, text, "Helsing", "SoftBank", "1.15E9", "USD");
    }
}

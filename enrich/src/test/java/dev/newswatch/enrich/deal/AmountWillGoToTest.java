package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount as the subject of a verb of going in the future or present ("300 milioni andranno a X", "iront à X",
 * "irán a X"), or of money that has entered a company ("i 300 milioni appena entrati in X"): the company after the
 * preposition is paid, as with the past tense of {@link AmountGoesToTest}.
 */
class AmountWillGoToTest {

    static Stream<Arguments> theCompanyTheAmountWillGoToIsPaid() {
        return Stream.of(
                Arguments.of("it", "Del nuovo fondo, 300 milioni di euro andranno al costruttore di droni Helsing."),
                Arguments.of("it", "Per gli analisti i 300 milioni di euro appena entrati in Helsing serviranno a "
                        + "costruire nuovi droni."),
                Arguments.of("fr", "Du nouveau fonds, 300 millions d'euros iront au fabricant de drones Helsing."),
                Arguments.of("es", "Del nuevo fondo, 300 millones de euros irán al fabricante de drones Helsing."),
                Arguments.of("en", "Of the new fund, €300 million will go to the drone maker Helsing."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyTheAmountWillGoToIsPaid(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "3E8", "EUR");
    }
}

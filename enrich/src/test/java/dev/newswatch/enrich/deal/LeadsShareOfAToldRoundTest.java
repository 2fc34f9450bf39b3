package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead's share of a round told before (session 17): "X raised N. The round was led by Y, which put in M": M is
 * what the lead paid of the round, not a second deal; the round is reported once, with its lead.
 */
class LeadsShareOfAToldRoundTest {

    static Stream<Arguments> whatTheLeadPutInIsItsShareOfTheRound() {
        return Stream.of(
                Arguments.of("en", "OpenAI raised $5.8 billion in its new round. The round was led by Thrive Capital, "
                        + "which put in $1.2 billion."),
                Arguments.of("en", "OpenAI raised $5.8 billion in its new round. The round was led by Thrive Capital, "
                        + "a US venture firm, which put in $1.2 billion."),
                Arguments.of("es", "OpenAI cerró una ronda de 5.800 millones de dólares. La operación fue encabezada "
                        + "por Thrive Capital, que desembolsó 1.200 millones de dólares."),
                Arguments.of("es", "OpenAI cerró una ronda de 5.800 millones de dólares. La operación fue encabezada "
                        + "por Thrive Capital, gestora neoyorquina, que desembolsó 1.200 "
                        + "millones de dólares."),
                Arguments.of("it", "OpenAI ha raccolto 5,8 miliardi di dollari. L'operazione è stata "
                        + "guidata da Thrive Capital, un fondo americano, che ha versato 1,2 miliardi di dollari."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void whatTheLeadPutInIsItsShareOfTheRound(String language, String text) {
        assertOneDeal(language, text, "OpenAI", "Thrive Capital", "5.8E9", "USD");
    }
}

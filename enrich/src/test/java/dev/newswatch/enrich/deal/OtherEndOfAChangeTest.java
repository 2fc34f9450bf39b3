package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The other end of a change (session 17): in "its value fell from $6.5bn to $2.2bn" the second amount is the same
 * quantity as the first, a valuation, so no deal either; in Spanish and Italian the word for "to" may be read as the
 * later amount's "up to" ("hasta los 2.200 millones", "fino a 2,2 miliardi").
 */
class OtherEndOfAChangeTest {

    static Stream<Arguments> theOtherEndOfAValuationChangeIsNoDeal() {
        return Stream.of(
                Arguments.of("en", "Mistral AI saw its valuation drop from $7.4 billion to $3.1 billion when it last "
                        + "sold new shares."),
                Arguments.of("es", "Mistral AI vio caer su valoración de 7.400 millones de dólares hasta los "
                        + "3.100 millones con la ronda más reciente."),
                Arguments.of("es", "La valoración de Mistral AI bajó de 7.400 millones de dólares a 3.100 millones de "
                        + "dólares tras la ronda más reciente."),
                Arguments.of("it", "Mistral AI ha visto calare la sua valutazione da 7,4 miliardi di dollari a 3,1 "
                        + "miliardi di dollari con il giro più recente."),
                Arguments.of("it", "Mistral AI ha visto la sua valutazione calare da 7,4 miliardi di dollari fino a "
                        + "3,1 miliardi di dollari nel giro più recente."),
                Arguments.of("fr", "Mistral AI a vu sa valorisation tomber de 7,4 milliards de dollars à 3,1 milliards "
                        + "de dollars avec sa levée la plus récente."),
                Arguments.of("de", "Mistral AI sah ihren Marktwert in der neuesten Finanzierungsrunde von 7,4 "
                        + "Milliarden Dollar auf 3,1 Milliarden Dollar sinken."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOtherEndOfAValuationChangeIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> aLaterAmountOfTheRoundIsStillADeal() {
        return Stream.of(
                Arguments.of("en", "Mistral AI saw its market value fall from $7.4 billion to $3.1 billion in a new "
                        + "round, led by Nvidia with $300 million."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLaterAmountOfTheRoundIsStillADeal(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Nvidia", "3E8", "USD");
    }
}

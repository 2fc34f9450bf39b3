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
                Arguments.of("en", "Mistral AI saw its valuation drop from $6.5 billion to $2.2 billion in its latest "
                        + "funding round."),
                Arguments.of("es", "Mistral AI vio bajar su valor de mercado de 6.500 millones de dólares hasta los "
                        + "2.200 millones de dólares en su última ronda de financiación."),
                Arguments.of("es", "La valoración de Mistral AI cayó de 6.500 millones de dólares a 2.200 millones de "
                        + "dólares en su última ronda de financiación."),
                Arguments.of("it", "Mistral AI ha visto scendere la sua valutazione da 6,5 miliardi di dollari a 2,2 "
                        + "miliardi di dollari nel suo ultimo round di finanziamento."),
                Arguments.of("it", "Mistral AI ha visto la sua valutazione scendere da 6,5 miliardi di dollari fino a "
                        + "2,2 miliardi di dollari nell'ultimo round."),
                Arguments.of("fr", "Mistral AI a vu sa valorisation passer de 6,5 milliards de dollars à 2,2 milliards "
                        + "de dollars lors de sa dernière levée de fonds."),
                Arguments.of("de", "Mistral AI sah ihren Marktwert in der jüngsten Finanzierungsrunde von 6,5 "
                        + "Milliarden Dollar auf 2,2 Milliarden Dollar fallen."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOtherEndOfAValuationChangeIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> aLaterAmountOfTheRoundIsStillADeal() {
        return Stream.of(
                Arguments.of("en", "Mistral AI saw its market value fall from $6.5 billion to $2.2 billion in its "
                        + "latest funding round, led by Nvidia with $300 million."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLaterAmountOfTheRoundIsStillADeal(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Nvidia", "3E8", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a fund holds, written after its name ("Sequoia (450 milliards de dollars d'actifs)", "Sequoia ($450bn in
 * assets)"), is its size, no deal: the price it pays in the same sentence is the one deal.
 */
class HoldingsOfAFundTest {

    static Stream<Arguments> theAssetsOfTheFundAreNoDeal() {
        return Stream.of(
                Arguments.of("fr", "Le fonds Sequoia (450 milliards de dollars d'actifs) a déboursé 525 millions d'euros "
                        + "pour racheter la société Velmora."),
                Arguments.of("en", "Sequoia ($450 billion in assets) paid 525 million euros to buy the start-up "
                        + "Velmora."),
                Arguments.of("it", "Il fondo Sequoia (450 miliardi di dollari di attivi) ha pagato 525 milioni di euro "
                        + "per acquisire la startup Velmora."),
                Arguments.of("es", "El fondo Sequoia (450.000 millones de dólares en activos) pagó 525 millones de euros "
                        + "para comprar la startup Velmora."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAssetsOfTheFundAreNoDeal(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Sequoia Capital", "525000000", "EUR");
    }
}

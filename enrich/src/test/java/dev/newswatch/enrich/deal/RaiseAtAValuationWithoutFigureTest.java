package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A raise priced "at an undisclosed valuation" (session 17): the valuation word right after the amount, with no
 * figure of its own, says how the money came; the amount is the raise, not a valuation (lexicon key
 * {@code valuationAfter}). With a figure after it, that figure is the valuation and the raise stays the deal.
 */
class RaiseAtAValuationWithoutFigureTest {

    static Stream<Arguments> aRaiseAtAValuationWithoutFigureIsTheDeal() {
        return Stream.of(
                Arguments.of("en", "Helsing, a young defence start-up, raised a round of $180 million at an undisclosed "
                        + "valuation."),
                Arguments.of("en", "Helsing raised $180 million at a valuation of $3 billion."),
                Arguments.of("fr", "Helsing, une jeune start-up de défense, a conclu une levée de 180 M$ à une "
                        + "valorisation tenue secrète."),
                Arguments.of("fr", "Helsing a levé 180 millions de dollars pour une valorisation proche de 3 milliards."),
                Arguments.of("it", "Helsing, giovane startup della difesa, ha raccolto 180 milioni di dollari a una "
                        + "valutazione non comunicata."),
                Arguments.of("es", "Helsing, una joven startup de defensa, recaudó 180 millones de dólares con una "
                        + "valoración no revelada."),
                Arguments.of("de", "Helsing, ein junges Start-up für Verteidigung, sammelte 180 Millionen Dollar bei "
                        + "einer nicht genannten Bewertung ein."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aRaiseAtAValuationWithoutFigureIsTheDeal(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "1.8E8", "USD");
    }
}

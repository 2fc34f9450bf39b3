package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The money raised told with its raiser as agent (session 15): "the $100 million raised by Velmora", "i 100 milioni
 * raccolti da Velmora" make a new name a company and the raiser; so does a bare Italian apposition ("Velmora,
 * startup tedesca").
 */
class RaisedByTest {

    static Stream<Arguments> theAgentOfRaisedIsTheRaiser() {
        return Stream.of(
                Arguments.of("it", "Nell'ultimo round di 100 milioni di dollari raccolto da Velmora, startup tedesca di "
                        + "robotica, ci sono anche fondi italiani."),
                Arguments.of("it", "I 100 milioni di dollari raccolti da Velmora serviranno ad aprire una sede negli "
                        + "Stati Uniti."),
                Arguments.of("en", "The $100 million round raised by Velmora, a German robotics startup, includes "
                        + "Italian funds."),
                Arguments.of("fr", "Les 100 millions de dollars levés par Velmora, une start-up allemande de robotique, "
                        + "serviront à ouvrir un bureau aux États-Unis."),
                Arguments.of("es", "Los 100 millones de dólares recaudados por Velmora, una startup alemana de robótica, "
                        + "servirán para abrir una oficina en Estados Unidos."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentOfRaisedIsTheRaiser(String language, String text) {
        assertOneDeal(language, text, "Velmora", null, "1E8", "USD");
    }
}

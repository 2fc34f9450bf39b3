package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A relative clause after an apposition (session 17): in "X, the project of a founder, which plans to raise N" and
 * "X, the Paris rival of Y, which is raising N" the relative pronoun refers to X, the name the apposition describes,
 * not to a name inside the apposition nor to nobody.
 */
class RelativeAfterAnAppositionTest {

    static Stream<Arguments> theRelativeAfterAnAppositionRefersToTheNameItDescribes() {
        return Stream.of(
                Arguments.of("en", "Investors are betting on xAI, the lab of the tycoon Elon Musk, "
                        + "which hopes to gather up to $18 billion in a round led by Nvidia."),
                Arguments.of("es", "Los fondos apuestan por xAI, el laboratorio del magnate Elon Musk, "
                        + "que aspira a reunir hasta 18.000 millones de dólares, con una ronda liderada por Nvidia."),
                Arguments.of("it", "Gli investitori puntano su xAI, il laboratorio del magnate Elon "
                        + "Musk, che spera di raccogliere 18 miliardi di dollari con un giro guidato da Nvidia."),
                Arguments.of("fr", "Les investisseurs misent sur xAI, le laboratoire du magnat Elon "
                        + "Musk, qui espère lever jusqu'à 18 milliards de dollars dans un tour mené par Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theRelativeAfterAnAppositionRefersToTheNameItDescribes(String language, String text) {
        assertOneDeal(language, text, "xAI", "Nvidia", "1.8E10", "USD");
    }

    static Stream<Arguments> aCompanyNamedInsideTheAppositionIsNotTheOneRaising() {
        return Stream.of(
                Arguments.of("en", "Funds keep pouring into Mistral AI, the Paris rival of OpenAI, which is raising "
                        + "$2.4 billion through a round led by Nvidia."),
                Arguments.of("es", "Los fondos apuestan por Mistral AI, el rival parisino de OpenAI, que está captando "
                        + "2.400 millones de dólares mediante una ronda liderada por Nvidia."),
                Arguments.of("it", "I fondi puntano su Mistral AI, la rivale parigina di OpenAI, che sta raccogliendo "
                        + "2,4 miliardi di dollari con un giro guidato da Nvidia."),
                Arguments.of("fr", "Les fonds misent sur Mistral AI, le rival parisien d'OpenAI, qui lève 2,4 milliards "
                        + "de dollars dans un tour de table mené par Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aCompanyNamedInsideTheAppositionIsNotTheOneRaising(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Nvidia", "2.4E9", "USD");
    }
}

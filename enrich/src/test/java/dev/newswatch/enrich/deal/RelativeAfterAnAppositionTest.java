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
                Arguments.of("en", "Investors are betting on xAI, the artificial intelligence project of Elon Musk, "
                        + "which plans to raise up to $20 billion in a round led by Nvidia."),
                Arguments.of("es", "Los fondos apuestan por xAI, el proyecto de inteligencia artificial de Elon Musk, "
                        + "que prevé captar hasta 20.000 millones de dólares en una ronda liderada por Nvidia."),
                Arguments.of("it", "Gli investitori puntano su xAI, il progetto di intelligenza artificiale di Elon "
                        + "Musk, che punta a raccogliere fino a 20 miliardi di dollari in un round guidato da Nvidia."),
                Arguments.of("fr", "Les investisseurs misent sur xAI, le projet d'intelligence artificielle d'Elon "
                        + "Musk, qui prévoit de lever jusqu'à 20 milliards de dollars dans un tour mené par Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theRelativeAfterAnAppositionRefersToTheNameItDescribes(String language, String text) {
        assertOneDeal(language, text, "xAI", "Nvidia", "2E10", "USD");
    }

    static Stream<Arguments> aCompanyNamedInsideTheAppositionIsNotTheOneRaising() {
        return Stream.of(
                Arguments.of("en", "Funds keep pouring into Mistral AI, the Paris rival of OpenAI, which is raising "
                        + "$2 billion in a round led by Nvidia."),
                Arguments.of("es", "Los fondos apuestan por Mistral AI, el rival parisino de OpenAI, que está captando "
                        + "2.000 millones de dólares en una ronda liderada por Nvidia."),
                Arguments.of("it", "I fondi puntano su Mistral AI, la rivale parigina di OpenAI, che sta raccogliendo "
                        + "2 miliardi di dollari in un round guidato da Nvidia."),
                Arguments.of("fr", "Les fonds misent sur Mistral AI, le rival parisien d'OpenAI, qui lève 2 milliards "
                        + "de dollars dans un tour de table mené par Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aCompanyNamedInsideTheAppositionIsNotTheOneRaising(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Nvidia", "2E9", "USD");
    }
}

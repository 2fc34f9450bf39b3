package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A cleft puts one of two names in focus ("Après X, c'est Y qui fait parler d'elle", "it is Y that"): a description
 * subject in the next sentence ("La société annonce une série B") stands for that name, not for the first one.
 */
class CleftFocusTest {

    static Stream<Arguments> aDescriptionAfterACleftStandsForTheNameInFocus() {
        return Stream.of(
                Arguments.of("fr", "Après Helsing l'an dernier, c'est Harvane AI qui fait parler d'elle. La "
                        + "société annonce un tour de série B à 250 millions de dollars, mené par Quintel."),
                Arguments.of("en", "After Helsing last year, it is Harvane AI that everyone talks about. "
                        + "The company announced a $250 million Series B led by Quintel."),
                Arguments.of("it", "Dopo Helsing l'anno scorso, è Harvane AI che fa parlare di sé. La "
                        + "società annuncia un round di serie B da 250 milioni di dollari guidato da Quintel."),
                Arguments.of("es", "Después de Helsing el año pasado, es Harvane AI quien da que hablar. La "
                        + "empresa anuncia una serie B de 250 millones de dólares, encabezada por Quintel."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDescriptionAfterACleftStandsForTheNameInFocus(String language, String text) {
        assertDeals(language, text, List.of(deal("Harvane AI", "Quintel", "250000000", "USD")));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A description subject with a relative aside naming another company (session 15): "The Californian firm, which
 * lists Qualcomm among its first shareholders, raised $100 million" raises for the company of the previous sentence, not
 * for the name inside the aside. German descriptions may carry adjectives ("die kalifornische Firma").
 */
class RelativeAsidesTest {

    static Stream<Arguments> aNameInsideARelativeAsideIsNotTheSubject() {
        return Stream.of(
                Arguments.of("en", "Informatica has grown quickly. The Californian firm, which lists Qualcomm among its "
                        + "first shareholders, raised $100 million."),
                Arguments.of("it", "Informatica cresce in fretta. L'azienda californiana, che annovera Qualcomm tra i "
                        + "primi soci, ha raccolto 100 milioni di dollari."),
                Arguments.of("fr", "Informatica grandit vite. La société californienne, qui compte Qualcomm parmi ses "
                        + "premiers actionnaires, a levé 100 millions de dollars."),
                Arguments.of("es", "Informatica crece deprisa. La empresa californiana, que cuenta con Qualcomm entre "
                        + "sus primeros socios, ha captado 100 millones de dólares."),
                Arguments.of("de", "Informatica wächst schnell. Die kalifornische Firma, die Qualcomm zu ihren ersten "
                        + "Geldgebern zählt, hat 100 Millionen Dollar eingesammelt."),
                Arguments.of("de", "Informatica wächst schnell. Das kalifornische Unternehmen hat 100 Millionen Dollar "
                        + "eingesammelt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameInsideARelativeAsideIsNotTheSubject(String language, String text) {
        assertOneDeal(language, text, "Informatica", null, "1E8", "USD");
    }
}

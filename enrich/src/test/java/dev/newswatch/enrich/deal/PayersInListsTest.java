package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Payers joined after "from" (session 15): in "it raised $1 billion from backers such as Qualcomm and Intel, followed
 * by a further $400 million", Intel is the last of the payers, not the company of the next amount, and a pronoun
 * subject in the next sentence stands for the raiser, not for a payer joined by "and". The first of the payers is the
 * round's investor (Spanish since session 28, the other languages since session 31); the further amount told with the
 * round keeps it.
 */
class PayersInListsTest {

    static Stream<Arguments> joinedPayersAreNoCompanyOfTheirOwn() {
        return Stream.of(
                Arguments.of("en", "Informatica is growing fast. In May it raised $1 billion from backers such as "
                        + "Qualcomm and Intel, followed by a further $400 million. It had already secured $150 million "
                        + "in 2023.", List.of(deal("Informatica", "Qualcomm", "1E9", "USD"),
                        deal("Informatica", "Qualcomm", "4E8", "USD"), deal("Informatica", null, "1.5E8", "USD"))),
                Arguments.of("it", "Informatica cresce in fretta. A maggio ha raccolto 1 miliardo di dollari da "
                        + "investitori come Qualcomm e Intel. In precedenza aveva ottenuto 150 milioni di dollari.",
                        List.of(deal("Informatica", "Qualcomm", "1E9", "USD"),
                                deal("Informatica", null, "1.5E8", "USD"))),
                Arguments.of("fr", "Informatica grandit vite. En mai, elle a levé 1 milliard de dollars auprès "
                        + "d'investisseurs comme Qualcomm et Intel. Elle avait obtenu 150 millions de dollars en 2023.",
                        List.of(deal("Informatica", "Qualcomm", "1E9", "USD"),
                                deal("Informatica", null, "1.5E8", "USD"))),
                Arguments.of("es", "Informatica crece deprisa. En mayo captó 1.000 millones de dólares de inversores "
                        + "como Qualcomm e Intel. Antes había obtenido 150 millones de dólares en 2023.",
                        // "de inversores como X" names the first payer, as "from investors such as X" does in English
                        List.of(deal("Informatica", "Qualcomm", "1E9", "USD"),
                                deal("Informatica", null, "1.5E8", "USD"))),
                Arguments.of("de", "Informatica wächst schnell. Im Mai sammelte es 1 Milliarde Dollar bei Geldgebern "
                        + "wie Qualcomm und Intel ein. Zuvor hatte es bereits 150 Millionen Dollar erhalten.",
                        List.of(deal("Informatica", "Qualcomm", "1E9", "USD"),
                                deal("Informatica", null, "1.5E8", "USD"))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void joinedPayersAreNoCompanyOfTheirOwn(String language, String text, List<DealCases.Expected> expected) {
        assertDeals(language, text, expected);
    }
}

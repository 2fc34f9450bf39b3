package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of real news (docs/EXTRACTION.md, session 4) in sentences of our own: a long description with
 * "of" inside before the name ("the French maker of AI models Mistral AI"), the lead investor named as a
 * modifier or with "as lead investor", and the informal verbs news uses for raising money.
 */
class DescriptionsAndLeadsTest {

    static Stream<Arguments> descriptionWithOfBeforeTheName() {
        return Stream.of(
                Arguments.of("en", "The French maker of AI models Mistral AI raised €600 million.",
                        "Mistral AI", null, "600E6", "EUR"),
                Arguments.of("it", "La startup francese di intelligenza artificiale Mistral AI ha raccolto 600 milioni "
                        + "di euro.", "Mistral AI", null, "600E6", "EUR"),
                Arguments.of("de", "Der Münchner Entwickler von KI-Modellen Aleph Alpha hat 500 Millionen Euro "
                        + "eingesammelt.", "Aleph Alpha", null, "500E6", "EUR"),
                Arguments.of("fr", "La pépite française de l'intelligence artificielle Mistral AI a bouclé une levée de "
                        + "600 millions d'euros.", "Mistral AI", null, "600E6", "EUR"),
                // the object: "en" before the description is the preposition of the name
                Arguments.of("es", "Microsoft invertirá 1.500 millones de dólares en la empresa de inteligencia "
                        + "artificial (IA) de Toronto Cohere.", "Cohere", "Microsoft", "1500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void descriptionWithOfBeforeTheName(String language, String text, String target, String investor,
                                        String amount, String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> leadAsModifierOrRole() {
        return Stream.of(
                Arguments.of("en", "Poolside landed $500 million in a Thrive Capital-led round.",
                        "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("en", "Poolside landed $500 million. The coding start-up brought in Thrive Capital as lead "
                        + "investor.", "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("it", "Poolside ha ricevuto 500 milioni di dollari, con Thrive Capital come lead investor.",
                        "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("de", "Poolside hat 500 Millionen Dollar bekommen, mit Thrive Capital als Lead-Investor.",
                        "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("fr", "Poolside a sécurisé 500 millions de dollars, avec Thrive Capital comme investisseur "
                        + "principal.", "Poolside", "Thrive Capital", "500E6", "USD"),
                Arguments.of("es", "Poolside recibió 500 millones de dólares con Thrive Capital como inversor "
                        + "principal.", "Poolside", "Thrive Capital", "500E6", "USD"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadAsModifierOrRole(String language, String text, String target, String investor, String amount,
                              String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A description that says whom the company serves, with "for" and no other preposition, right before its name ("la
 * néobanque pour indépendants X", "la plataforma para autónomos X"): the name is the described company, not the one a
 * deal is for, as a description with "of" already was ("le spécialiste de l'IoT X"). A company named earlier in the
 * text does not take the deal through the description.
 */
class DescriptionOfWhomACompanyServesTest {

    static Stream<Arguments> shouldReadTheNameAfterTheDescription() {
        return Stream.of(
                Arguments.of("fr", "La plateforme pour développeurs Poolside a levé 38 millions d'euros."),
                Arguments.of("fr", "La néobanque pour indépendants Poolside a levé 38 millions d'euros."),
                Arguments.of("fr", "La néobanque Poolside fait parler d'elle, en récoltant 38 millions d'euros."),
                Arguments.of("es", "La plataforma para autónomos Poolside ha captado 38 millones de euros."),
                Arguments.of("it", "La piattaforma per freelance Poolside ha raccolto 38 milioni di euro."),
                // a company named in the sentence before does not take the raise
                Arguments.of("fr", "Pour concurrencer Anthropic, la start-up proposera des modèles ouverts. La "
                        + "plateforme pour développeurs Poolside a levé 38 millions d'euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldReadTheNameAfterTheDescription(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "38000000", "EUR");
    }

    static Stream<Arguments> shouldKeepThePartiesOfAForAfterTheNoun() {
        return Stream.of(
                // the description after the preposition of the company invested in
                Arguments.of("fr", "Bpifrance a investi dans la plateforme pour artisans Poolside 38 millions "
                        + "d'euros.", "Poolside", "Bpifrance"),
                Arguments.of("es", "Telefónica ha invertido 38 millones de euros en la plataforma para autónomos "
                        + "Poolside.", "Poolside", "Telefónica"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldKeepThePartiesOfAForAfterTheNoun(String language, String text, String target, String investor) {
        assertOneDeal(language, text, target, investor, "38000000", "EUR");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Investor phrases of French and Spanish news that named no investor before (batch 20): the investors taking part
 * named through a plain noun first ("sus socios de hoy, entre ellos X"), the lead told verb first
 * in the sentence after the round ("Colideran X y Y", "Lidera la ronda X"), the backing of an investor told with a
 * gerund or "grâce à" ("en obtenant l'appui de X", "grâce au soutien d'X"); and the phrases that look like a lead
 * but are none: who runs the company ("creada en 2019 y dirigida por X") and "de la mano de" said of something
 * other than the money (a service launched with a partner).
 */
class FrenchSpanishInvestorPhrasesTest {

    static Stream<Arguments> shouldAttachTheInvestorNamed() {
        return Stream.of(
                // Spanish: those taking part, named after a plain noun and a list word
                Arguments.of("es", "Poolside ha cerrado una ronda de 250 millones de dólares. En esta ronda "
                        + "participaron sus inversores existentes, entre los que figuran Sequoia Capital e Index Ventures."),
                Arguments.of("es", "Poolside ha cerrado una ronda de 250 millones de dólares. En esta ronda "
                        + "participaron sus inversores existentes, entre ellos Sequoia Capital."),
                Arguments.of("es", "Poolside ha cerrado una ronda de 250 millones de dólares, en la que han "
                        + "participado sus inversores actuales, como Sequoia Capital y SoftBank."),
                Arguments.of("es", "Poolside ha cerrado una ronda de 250 millones de dólares. En esta operación han "
                        + "participado los estadounidenses Sequoia Capital y Salesforce."),
                Arguments.of("es", "Poolside capta 250 millones de dólares. Participan en la ronda Sequoia Capital y "
                        + "Salesforce."),
                // Spanish: the lead told verb first in the next sentence
                Arguments.of("es", "Poolside capta 250 millones de dólares. Colideran Sequoia Capital y el fondo "
                        + "británico Index Ventures."),
                Arguments.of("es", "Poolside capta 250 millones de dólares. Lidera la ronda el fondo estadounidense "
                        + "Sequoia Capital."),
                Arguments.of("es", "Poolside capta 250 millones de dólares. Encabeza la ronda Sequoia Capital, con "
                        + "la participación de Salesforce."),
                // Spanish: "de la mano de" after the money or with a verb of coming
                Arguments.of("es", "Poolside capta 250 millones de dólares. La ronda llega de la mano de Sequoia "
                        + "Capital."),
                Arguments.of("es", "Poolside ha levantado 250 millones de dólares de la mano de Sequoia Capital."),
                // French: the backing told with a gerund or "grâce à"
                Arguments.of("fr", "Poolside a obtenu 250 millions de dollars en obtenant l'appui de Sequoia "
                        + "Capital."),
                Arguments.of("fr", "Poolside a bouclé une levée de 250 millions de dollars grâce au soutien "
                        + "de Sequoia Capital et de Salesforce."),
                Arguments.of("fr", "Poolside a levé 250 millions de dollars. La jeune pousse a pu compter sur "
                        + "Sequoia Capital et Salesforce pour boucler ce tour de table."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldAttachTheInvestorNamed(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Sequoia Capital", "250000000", "USD");
    }

    static Stream<Arguments> shouldNotTakeWhoRunsTheCompanyOrAPartnerForTheLead() {
        return Stream.of(
                // who runs the company, told in its apposition
                Arguments.of("es", "En julio, Poolside, fundada en 2019 y dirigida por Salesforce, cerró otra ronda "
                        + "de 250 millones de dólares."),
                Arguments.of("es", "Poolside, creada en 2019 por dos ingenieros y dirigida por Salesforce, ha captado "
                        + "250 millones de dólares."),
                Arguments.of("fr", "Poolside, fondée en 2019 et dirigée par Salesforce, a levé 250 millions de "
                        + "dollars."),
                // "de la mano de" said of a project, in a sentence after the round
                Arguments.of("es", "Poolside ha cerrado una ronda de 250 millones de dólares. La firma lanzó en "
                        + "marzo su servicio de voz de la mano de Indra."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldNotTakeWhoRunsTheCompanyOrAPartnerForTheLead(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "250000000", "USD");
    }

    static Stream<Arguments> shouldKeepTheLeadOfTheRound() {
        return Stream.of(
                Arguments.of("es", "Poolside, fundada en 2019, cerró una ronda de 250 millones de dólares liderada "
                        + "por Sequoia Capital."),
                Arguments.of("fr", "Poolside, fondée en 2019, a levé 250 millions de dollars dans une opération "
                        + "dirigée par Sequoia Capital."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldKeepTheLeadOfTheRound(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Sequoia Capital", "250000000", "USD");
    }
}

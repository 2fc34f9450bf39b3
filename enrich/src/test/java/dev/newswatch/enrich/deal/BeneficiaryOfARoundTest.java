package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The company a round or a payment is made for, named as its beneficiary (session 17): French "au profit de" and "en
 * faveur de" introduce the party a round belongs to, like "pour" (FOR markers of the French lexicon); the other
 * languages already read their forms ("for the benefit of", "a favore di", "a favor de", "zugunsten"), which the same
 * cases keep. And the lead named in a later sentence as the round's leader ("cite le fonds X comme leader de cette
 * levée", round-leads.yml).
 */
class BeneficiaryOfARoundTest {

    static Stream<Arguments> theBeneficiaryOfARoundIsTheCompanyThatRaises() {
        return Stream.of(
                Arguments.of("fr", "Un financement de 90 millions d'euros a été bouclé au profit de la start-up "
                        + "Helsing."),
                Arguments.of("en", "A funding round of 90 million euros was closed for the benefit of the start-up "
                        + "Helsing."),
                Arguments.of("it", "Un round da 90 milioni di euro è stato chiuso a favore della startup Helsing."),
                Arguments.of("es", "Una ronda de 90 millones de euros se cerró a favor de la startup Helsing."),
                Arguments.of("de", "Eine Finanzierungsrunde über 90 Millionen Euro wurde zugunsten des Start-ups "
                        + "Helsing abgeschlossen."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theBeneficiaryOfARoundIsTheCompanyThatRaises(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "9E7", "EUR");
    }

    static Stream<Arguments> theLeaderOfTheRoundNamedAfterItLeadsIt() {
        return Stream.of(
                Arguments.of("fr", "Un financement de 90 millions d'euros a été bouclé au profit de Helsing. Le journal "
                        + "cite le fonds Sequoia comme leader de cette levée."),
                Arguments.of("fr", "Helsing a levé 90 millions d'euros, avec Sequoia comme leader du "
                        + "tour."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theLeaderOfTheRoundNamedAfterItLeadsIt(String language, String text) {
        assertOneDeal(language, text, "Helsing", "Sequoia Capital", "9E7", "EUR");
    }
}

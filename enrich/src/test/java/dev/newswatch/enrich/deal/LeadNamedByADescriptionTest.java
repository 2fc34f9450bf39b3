package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A description with no name as the subject of a lead phrase ("The Japanese group led the round", "El grupo
 * japonés encabezaba la ronda") stands for the company named last before it, the round's company left out: that
 * company leads the round, told in the same sentence or in one before.
 */
class LeadNamedByADescriptionTest {

    static Stream<Arguments> shouldGiveTheRoundTheCompanyTheDescriptionStandsFor() {
        return Stream.of(
                // the round told in the sentence of the description
                Arguments.of("en", "Among the returning backers of Perplexity is SoftBank. The Japanese group led "
                        + "the previous round of Perplexity, in which the startup raised $250 million."),
                Arguments.of("es", "Entre los inversores que repiten en Perplexity está SoftBank. El grupo japonés "
                        + "encabezaba la anterior ronda de Perplexity, con la que la empresa levantó 250 millones "
                        + "de dólares."),
                Arguments.of("it", "Tra gli investitori che tornano in Perplexity c'è SoftBank. Il gruppo giapponese "
                        + "guidava il precedente round di Perplexity, con cui la startup aveva raccolto 250 milioni "
                        + "di dollari."),
                // the round told two sentences before the description
                Arguments.of("en", "Perplexity raised $250 million on Monday. SoftBank had already backed the company "
                        + "in 2022. The Tokyo-based investor led the round again."),
                Arguments.of("fr", "Perplexity a levé 250 millions de dollars. SoftBank avait déjà soutenu "
                        + "l'entreprise en 2022. Le groupe japonais a mené le tour de table cette fois encore."),
                Arguments.of("de", "Perplexity hat 250 Millionen Dollar eingesammelt. SoftBank war bereits 2022 "
                        + "eingestiegen. Der japanische Konzern führte die Runde erneut an."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveTheRoundTheCompanyTheDescriptionStandsFor(String language, String text) {
        // Given: a description leading the round, and a company named before it
        // When: the text is read
        // Then: the round of Perplexity has that company as its investor
        assertOneDeal(language, text, "Perplexity", "SoftBank", "250000000", "USD");
    }

    static Stream<Arguments> shouldLeaveTheLeadOutWhenOnlyTheRoundsCompanyIsNamedBefore() {
        return Stream.of(
                Arguments.of("en", "Perplexity raised $250 million on Monday. The Japanese group led the round."),
                Arguments.of("es", "Perplexity ha captado 250 millones de dólares. El grupo japonés lidera la "
                        + "ronda."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldLeaveTheLeadOutWhenOnlyTheRoundsCompanyIsNamedBefore(String language, String text) {
        // Given: a description leading the round, and no company named before it but the round's own
        // When: the text is read
        // Then: the round has no investor: the description does not stand for the company raising
        assertOneDeal(language, text, "Perplexity", null, "250000000", "USD");
    }
}

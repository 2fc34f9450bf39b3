package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A bid named by its bidder in the genitive and the company sought after "for" (session 26), where an article and
 * adjectives describe the company sought ("das Angebot von X für die spanische Y", "l'offre de X pour la française
 * Y"), and where the bid noun is a hyphenated compound ("das Übernahme-Angebot des Chipkonzerns X für Y"): the company
 * sought is bought, the bidder pays.
 */
class BidForADescribedCompanyTest {

    static Stream<Arguments> theCompanySoughtIsBoughtByTheBidder() {
        return Stream.of(
                Arguments.of("de", "Das Angebot von Nvidia für die französische Mistral AI liegt bei 6 Mrd. Dollar."),
                Arguments.of("de", "Auf Rang zwei folgt das Übernahme-Angebot des Chipkonzerns Nvidia für die "
                        + "französische Mistral AI, das 6 Mrd. Dollar hoch ist."),
                Arguments.of("fr", "L'offre de Nvidia pour la française Mistral AI s'élève à 6 milliards de "
                        + "dollars."),
                Arguments.of("en", "The bid of Nvidia for the struggling Mistral AI is worth $6 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanySoughtIsBoughtByTheBidder(String language, String text) {
        // Given a bid noun, its bidder after "of" and the company sought after "for" with an article and an adjective
        // When the deals are extracted
        // Then the company sought is bought by the bidder
        assertOneDeal(language, text, "Mistral AI", "Nvidia", "6E9", "USD");
    }
}

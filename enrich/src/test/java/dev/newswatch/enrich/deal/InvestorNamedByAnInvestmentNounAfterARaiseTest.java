package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An item of a round-up that tells a raise and then who put the money in through an investment noun and its "of"
 * (session 26): "X ha raccolto N, grazie a un investimento di Y", "X a levé N grâce à un investissement de Y".
 */
class InvestorNamedByAnInvestmentNounAfterARaiseTest {

    static Stream<Arguments> theNameAfterTheNounsOfPaysTheRaise() {
        return Stream.of(
                Arguments.of("it", "Nel settore dei dati, Cohere ha incassato 80 milioni di dollari, anche stavolta grazie "
                        + "a un investimento di Nvidia."),
                Arguments.of("fr", "Dans les données, Cohere a levé 80 millions de dollars, cette fois encore grâce à un "
                        + "investissement de Nvidia."),
                Arguments.of("en", "In data, Cohere raised $80 million, once more thanks to an investment from Nvidia."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameAfterTheNounsOfPaysTheRaise(String language, String text) {
        // Given a raise with its amount, then a few words and an investment noun followed by "of" and a name
        // When the deal is read
        // Then that name is the investor of the raise
        assertOneDeal(language, text, "Cohere", "Nvidia", "80E6", "USD");
    }

    static Stream<Arguments> aNounWithAnAmountOfItsOwnIsAnotherDeal() {
        return Stream.of(
                Arguments.of("it", "Cohere ha incassato 80 milioni di dollari dopo un investimento di 5 milioni di dollari "
                        + "nel 2021."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNounWithAnAmountOfItsOwnIsAnotherDeal(String language, String text) {
        // Given a raise followed by an investment noun that has its own amount and no name after its "of"
        // When the deal is read
        // Then neither amount takes an investor
        assertDeals(language, text, List.of(deal("Cohere", null, "80E6", "USD"), deal("Cohere", null, "5E6", "USD")));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two rounds told in one sentence and one lead for both in the next ("Both rounds were led by X", "Les deux
 * opérations ont été pilotées par X"): each round gets that lead. Without words for both rounds, the lead of the next
 * sentence stays unread, since it may be of either.
 */
class LeadOfBothRoundsTest {

    static Stream<Arguments> shouldGiveEachRoundTheLeadOfBoth() {
        return Stream.of(
                Arguments.of("en", "Cohere and Poolside took in $120 million and $80 million respectively. Both "
                        + "rounds were led by Index Ventures."),
                Arguments.of("de", "Cohere sammelte 120 Millionen Dollar ein, Poolside 80 Millionen Dollar. Beide "
                        + "Finanzierungsrunden wurden von Index Ventures angeführt."),
                Arguments.of("fr", "Cohere et Poolside ont obtenu respectivement 120 et 80 millions de dollars. "
                        + "Les deux opérations ont été pilotées par Index Ventures."),
                Arguments.of("it", "Cohere e Poolside hanno ottenuto rispettivamente 120 e 80 milioni di dollari. "
                        + "I due round sono stati guidati da Index Ventures."),
                Arguments.of("es", "Cohere y Poolside obtuvieron respectivamente 120 y 80 millones de dólares. "
                        + "Las dos rondas fueron encabezadas por Index Ventures."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveEachRoundTheLeadOfBoth(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", "Index Ventures", "120000000", "USD"),
                deal("Poolside", "Index Ventures", "80000000", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldLeaveTwoRoundsWithoutLeadWhenTheNextSentenceSaysNotWhich(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", null, "120000000", "USD"),
                deal("Poolside", null, "80000000", "USD")));
    }

    static Stream<Arguments> shouldLeaveTwoRoundsWithoutLeadWhenTheNextSentenceSaysNotWhich() {
        return Stream.of(
                Arguments.of("en", "Cohere and Poolside took in $120 million and $80 million respectively. The "
                        + "round was led by Index Ventures."),
                Arguments.of("es", "Cohere y Poolside obtuvieron respectivamente 120 y 80 millones de dólares. "
                        + "La ronda fue encabezada por Index Ventures."));
    }
}

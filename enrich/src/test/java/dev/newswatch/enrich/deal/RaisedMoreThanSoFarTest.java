package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Has raised more than" with no investor tells what a company has gathered so far, not one deal (a running total).
 * Session 17: French elides the preposition before a vowel ("plus d'un milliard"), which the rule now reads too.
 */
class RaisedMoreThanSoFarTest {

    static Stream<Arguments> aRaisedMoreThanWithoutInvestorIsARunningTotal() {
        return Stream.of(
                Arguments.of("fr", "Spécialiste des robots de défense, Helsing a levé plus de 1 milliard de dollars depuis 2021."),
                Arguments.of("fr", "Spécialiste des robots de défense, Helsing a levé plus d'un milliard de dollars depuis 2021."),
                Arguments.of("fr", "Helsing et Cohere ont levé plus d'un milliard de dollars en 2025."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aRaisedMoreThanWithoutInvestorIsARunningTotal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lead of a round reported, not confirmed, in the sentence after it: the copula is conditional ("the lead
 * investor would be Y", "il lead investor sarebbe Y", "l'investisseur principal serait Y", "el inversor principal
 * sería Y"), as news writes what sources say; it names the lead as the present or past tense does.
 */
class ReportedLeadTest {

    static Stream<Arguments> aLeadReportedWithAConditionalLeadsTheRound() {
        return Stream.of(
                Arguments.of("en", "Cohere is raising a $500 million round. Two people who know the plans say "
                        + "that the lead investor would be Index Ventures."),
                Arguments.of("it", "Cohere starebbe raccogliendo un round da 500 milioni di dollari. Secondo fonti "
                        + "vicine alla trattativa, il lead investor sarebbe Index Ventures."),
                Arguments.of("fr", "Cohere lève 500 millions de dollars. Selon des sources proches du dossier, "
                        + "l'investisseur principal serait Index Ventures."),
                Arguments.of("es", "Cohere recauda 500 millones de dólares. Según fuentes cercanas a la negociación, el "
                        + "inversor principal sería Index Ventures."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLeadReportedWithAConditionalLeadsTheRound(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Index Ventures", "5E8", "USD");
    }
}

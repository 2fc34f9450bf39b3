package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round named right after "for" ("a $900m round for X", "un round da 900 milioni per X"), with the amount
 * allowed between: the round is that company's, and the company that is the subject of the clause pays it, whatever
 * its verb ("is finalising", "sta chiudendo", "ultima") (session 17).
 */
class RoundForANamedCompanyTest {

    static Stream<Arguments> theSubjectPaysTheRoundOfTheCompanyAfterFor() {
        return Stream.of(
                Arguments.of("en", "Meta is wrapping up a $900 million round for Scale AI, two people said."),
                Arguments.of("en", "Meta is close to a $900 million funding round for Scale AI."),
                Arguments.of("it", "Meta sta chiudendo un round da 900 milioni di dollari per Scale AI."),
                Arguments.of("fr", "Meta boucle un tour de table de 900 millions de dollars pour Scale AI."),
                Arguments.of("es", "Meta ultima una ronda de 900 millones de dólares para Scale AI."),
                Arguments.of("de", "Meta schließt eine Finanzierungsrunde von 900 Millionen Dollar für Scale AI ab."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theSubjectPaysTheRoundOfTheCompanyAfterFor(String language, String text) {
        assertOneDeal(language, text, "Scale AI", "Meta", "9E8", "USD");
    }

    @Test
    void aRoundForAPurposeStaysTheSubjectsRound() {
        assertOneDeal("en", "Cohere closed a $500 million round for its expansion into Asia.", "Cohere", null, "5E8",
                "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A record to date (session 16): "to date", "bislang", "finora", "à ce jour", "hasta la fecha" after a superlative
 * ("the largest round to date", "die bislang größte Runde") say the round is a record, not that the amount is what a
 * company raised in all; the round is a deal. Without the superlative the words still make a running total.
 */
class RecordToDateTest {

    static Stream<Arguments> theLargestRoundToDateIsADeal() {
        return Stream.of(
                Arguments.of("en", "Cohere also had news: the start-up gets €80 million in the biggest seed round to "
                        + "date in European robotics."),
                Arguments.of("de", "Auch Cohere meldet Neues: Das Start-up bekommt 80 Millionen Euro in seiner bislang "
                        + "größten Seed-Runde, einem Rekord der europäischen Robotik."),
                Arguments.of("it", "Anche Cohere ha novità: la startup riceve 80 milioni di euro nel più grande round "
                        + "seed finora nella robotica europea."),
                Arguments.of("fr", "Cohere aussi: la start-up obtient 80 millions d'euros dans la plus grande levée "
                        + "d'amorçage à ce jour de la robotique européenne."),
                Arguments.of("es", "También Cohere: la startup recibe 80 millones de euros en la mayor ronda semilla "
                        + "hasta la fecha de la robótica europea."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theLargestRoundToDateIsADeal(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "8E7", "EUR");
    }

    static Stream<Arguments> withoutASuperlativeItIsStillARunningTotal() {
        return Stream.of(
                Arguments.of("en", "Cohere has raised €80 million to date."),
                Arguments.of("de", "Cohere hat bislang 80 Millionen Euro eingesammelt."),
                Arguments.of("it", "Cohere ha raccolto finora 80 milioni di euro."),
                Arguments.of("fr", "Cohere a levé 80 millions d'euros à ce jour."),
                Arguments.of("es", "Cohere ha recaudado 80 millones de euros hasta la fecha."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void withoutASuperlativeItIsStillARunningTotal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

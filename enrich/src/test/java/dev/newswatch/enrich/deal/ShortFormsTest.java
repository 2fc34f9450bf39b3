package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company the table does not know, called by its short form far from its round ("Brontix Security raised ...
 * Brontix's round was led by ..."): the lead's sentence names the company, so the lead is the round's (session 13).
 */
class ShortFormsTest {

    private static String filler(String language) {
        return LeadsFurtherOnTest.filler(language, 8);
    }

    static Stream<Arguments> leadOfARoundNamedByTheShortForm() {
        return Stream.of(
                Arguments.of("en", "Brontix Security has raised $270 million. " + filler("en")
                        + "Brontix's funding round was led by Index Ventures."),
                Arguments.of("it", "Brontix Security ha raccolto 270 milioni di dollari. " + filler("it")
                        + "Il round di Brontix è stato guidato da Index Ventures."),
                Arguments.of("de", "Brontix Security hat 270 Millionen Dollar eingesammelt. " + filler("de")
                        + "Die Finanzierungsrunde von Brontix wurde angeführt von Index Ventures."),
                Arguments.of("fr", "Brontix Security a levé 270 millions de dollars. " + filler("fr")
                        + "Le tour de table de Brontix a été mené par Index Ventures."),
                Arguments.of("es", "Brontix Security ha recaudado 270 millones de dólares. " + filler("es")
                        + "La ronda de Brontix fue liderada por Index Ventures."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void leadOfARoundNamedByTheShortForm(String language, String text) {
        assertOneDeal(language, text, "Brontix Security", "Index Ventures", "270E6", "USD");
    }
}

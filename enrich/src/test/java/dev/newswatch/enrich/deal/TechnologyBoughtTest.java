package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Technology or licences secured from a named owner (session 16, German: "sich sichern" is a raise verb there, and
 * "X sichert sich die Bildtechnologie des Start-ups Y für N" is a purchase). Technology and licences are goods: the
 * one who secures them pays their owner, also when a description stands for the buyer. The other languages have no
 * raise verb used this way (English "secures" + "of" names no payer).
 */
class TechnologyBoughtTest {

    static Stream<Arguments> theOwnerOfTheTechnologyIsPaid() {
        return Stream.of(
                Arguments.of("de", "SAP sichert sich die Sprachtechnologie des kanadischen Start-ups Cohere für 200 "
                        + "Millionen Dollar."),
                Arguments.of("de", "SAP wächst weiter. Der Softwarekonzern sicherte sich die Lizenzen von Cohere für "
                        + "200 Millionen Dollar über drei Jahre."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOwnerOfTheTechnologyIsPaid(String language, String text) {
        assertOneDeal(language, text, "Cohere", "SAP", "2E8", "USD");
    }

    static Stream<Arguments> moneyForItsOwnTechnologyIsARound() {
        return Stream.of(Arguments.of("de", "Cohere sichert sich 200 Millionen Dollar für seine Technologie."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void moneyForItsOwnTechnologyIsARound(String language, String text) {
        assertDeals(language, text, List.of(DealCases.deal("Cohere", null, "2E8", "USD")));
    }
}

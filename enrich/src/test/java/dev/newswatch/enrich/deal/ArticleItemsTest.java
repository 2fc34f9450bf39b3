package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-up items told as noun phrases opened by an article (session 25): "the $3 billion raised by A and the $640
 * million of B", "los 640 millones de dólares de B": the name after "of" is the company of its own amount, even when
 * the items differ in shape and the description before the name differs.
 */
class ArticleItemsTest {

    private static final List<DealCases.Expected> TWO = List.of(
            deal("Salesforce", null, "3E9", "USD"),
            deal("Informatica", null, "6.4E8", "USD"));

    static Stream<Arguments> eachArticleItemHasItsOwnCompany() {
        return Stream.of(
                Arguments.of("en", "Among the rounds, the $3 billion raised by Salesforce and the $640 million of "
                        + "Informatica."),
                Arguments.of("en", "Among the rounds, the $3 billion of Salesforce, the roughly $640 million of the "
                        + "software group Informatica and smaller ones."),
                Arguments.of("es", "Entre las rondas, los 3.000 millones de dólares captados por Salesforce y los 640 "
                        + "millones de dólares de Informatica."),
                Arguments.of("es", "Entre las rondas del año, los 3.000 millones de dólares de Salesforce, los poco más "
                        + "de 640 millones de dólares del grupo Informatica y otras menores."),
                Arguments.of("fr", "Parmi les opérations, les 3 milliards de dollars levés par Salesforce et les 640 "
                        + "millions de dollars d'Informatica."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachArticleItemHasItsOwnCompany(String language, String text) {
        // Given a round-up whose items are an article, an amount, "of" and a name
        // When the deals are read
        // Then each amount goes to the name of its own item, with no payer
        assertDeals(language, text, TWO);
    }
}

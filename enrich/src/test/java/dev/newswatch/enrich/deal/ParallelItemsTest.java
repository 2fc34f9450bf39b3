package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deals listed as noun phrases of the same shape (session 15): "the $3 billion round of Salesforce and the $640
 * million round of Informatica" gives each amount the name after it, and the second name is no payer of the first.
 */
class ParallelItemsTest {

    private static final List<DealCases.Expected> TWO = List.of(
            deal("Salesforce", null, "3E9", "USD"),
            deal("Informatica", null, "6.4E8", "USD"));

    static Stream<Arguments> eachItemHasItsOwnCompany() {
        return Stream.of(
                Arguments.of("en", "Other deals included the $3 billion round of Salesforce and the $640 million round "
                        + "of Informatica."),
                Arguments.of("it", "Tra le altre operazioni, il round da 3 miliardi di dollari di Salesforce e quello da "
                        + "640 milioni di dollari di Informatica."),
                Arguments.of("de", "Dazu kamen die 3-Milliarden-Dollar-Finanzierung von Salesforce und die "
                        + "640-Millionen-Dollar-Finanzierung von Informatica."),
                Arguments.of("de", "Dazu kamen die 3 Milliarden Dollar-Finanzierung von Salesforce und die 640 Millionen "
                        + "Dollar-Finanzierung von Informatica."),
                Arguments.of("fr", "Parmi les autres opérations, la levée de 3 milliards de dollars de Salesforce et "
                        + "celle de 640 millions de dollars d'Informatica."),
                Arguments.of("es", "Entre otras operaciones, la ronda de 3.000 millones de dólares de Salesforce y la de "
                        + "640 millones de dólares de Informatica."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachItemHasItsOwnCompany(String language, String text) {
        assertDeals(language, text, TWO);
    }
}

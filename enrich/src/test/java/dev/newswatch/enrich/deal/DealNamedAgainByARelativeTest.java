package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sentence that opens with an indefinite deal noun and a relative pronoun ("Un'operazione che ... oltre 2
 * miliardi", "A deal that ... more than $2bn", "Une opération qui", "Una operación que", "Ein Deal, der") names
 * again the deal told just before without an amount: that deal's sides get the amount.
 */
class DealNamedAgainByARelativeTest {

    static Stream<Arguments> theAmountIsThatOfTheDealToldBefore() {
        return Stream.of(
                Arguments.of("it", "Meta ha comunicato di voler comprare Cohere, sviluppatrice di assistenti. "
                        + "Un'operazione che, secondo i giornali economici, supererebbe i 2 miliardi di dollari."),
                Arguments.of("en", "Meta said it would buy Cohere, a developer of assistants. A deal that, "
                        + "according to business papers, tops $2bn."),
                Arguments.of("fr", "Meta a annoncé le rachat de Cohere, développeur d'assistants. Une "
                        + "opération qui, selon les journaux économiques, dépasserait les 2 milliards de dollars."),
                Arguments.of("es", "Meta comunicó que compraría Cohere, desarrolladora de asistentes. Una operación "
                        + "que, según los diarios económicos, superaría los 2.000 millones de dólares."),
                Arguments.of("de", "Meta kündigte an, Cohere zu kaufen, einen Entwickler von Assistenten. Ein Deal, "
                        + "der laut Wirtschaftspresse mehr als 2 Milliarden Dollar schwer ist."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAmountIsThatOfTheDealToldBefore(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Meta", "2E9", "USD");
    }

    @Test
    void aDealNounOpeningAnotherCompanysSentenceIsNoReference() {
        // the sentence names, before the amount, a company of its own that is no side of the deal told before
        assertDeals("it", "Meta ha comunicato di voler comprare Cohere. Un accordo che ricorda quello firmato da "
                + "Oracle per 2 miliardi di dollari.", List.of());
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The buyer the entity table does not know, named as the agent of a passive purchase ("Brontix was acquired by
 * Quintel Works"): the agent of a purchase verb is a deal role like the agent of "led by", so the name after it is a
 * company and pays. Without it the target was found and the buyer left out.
 */
class PassiveBuyerTest {

    static Stream<Arguments> anUnknownAgentOfAPassivePurchaseIsTheBuyer() {
        return Stream.of(
                Arguments.of("en", "Brontix was acquired by Quintel Works for $1 billion."),
                Arguments.of("en", "Last spring Brontix was bought by Quintel Works for $1 billion in cash."),
                Arguments.of("it", "Brontix è stata acquisita da Quintel Works per 1 miliardo di dollari."),
                Arguments.of("it", "Nel 2024 Brontix è stato acquisito da Quintel Works per 1 miliardo di dollari."),
                Arguments.of("fr", "Brontix a été rachetée par Quintel Works pour 1 milliard de dollars."),
                Arguments.of("fr", "L'an dernier, Brontix a été acquis par Quintel Works pour 1 milliard de dollars."),
                Arguments.of("es", "Brontix fue adquirida por Quintel Works por 1.000 millones de dólares."),
                Arguments.of("es", "Brontix fue comprada por Quintel Works por 1.000 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anUnknownAgentOfAPassivePurchaseIsTheBuyer(String language, String text) {
        assertOneDeal(language, text, "Brontix", "Quintel Works", "1E9", "USD");
    }
}

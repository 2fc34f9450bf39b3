package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A buyer acquiring a unit of another company, described by a unit noun and its owner ("the Italian arm of Varnex",
 * "la filiale italiana di Varnex", session 16): the unit is bought, named as the company of the article whose name
 * begins with the owner's ("Varnex Italia"), as a unit sold by its owner already was. Before, the owner was read as
 * the company bought.
 */
class UnitBoughtFromItsOwnerTest {

    static Stream<Arguments> theUnitOfTheOwnerIsBought() {
        return Stream.of(
                Arguments.of("en", "Salesforce will buy the Italian arm of the British group Varnex for $3 billion. "
                        + "Varnex Italia serves two million customers."),
                Arguments.of("it", "Salesforce acquisterà la filiale italiana del gruppo britannico Varnex per "
                        + "3 miliardi di dollari. Varnex Italia serve due milioni di clienti."),
                Arguments.of("fr", "Salesforce va racheter la filiale italienne du groupe britannique Varnex pour "
                        + "3 milliards de dollars. Varnex Italia compte deux millions de clients."),
                Arguments.of("es", "Salesforce comprará la filial italiana del grupo británico Varnex por 3.000 "
                        + "millones de dólares. Varnex Italia atiende a dos millones de clientes."),
                Arguments.of("de", "Salesforce kauft die italienische Tochter des britischen Konzerns Varnex für "
                        + "3 Milliarden Dollar. Varnex Italia hat zwei Millionen Kunden."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theUnitOfTheOwnerIsBought(String language, String text) {
        assertOneDeal(language, text, "Varnex Italia", "Salesforce", "3E9", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The price of a purchase told in the sentence after it (session 16): "Salesforce has bought Cohere. The total price
 * comes to $2.4bn", "El precio total asciende a", "Le prix total s'élève à", "Il prezzo complessivo è di", "Der
 * Gesamtkaufpreis liegt bei". "Total" or "final" makes the price that of the deal told before, where a bare price
 * ("el precio de la acción") stays no deal.
 */
class TotalPriceOfASaleTest {

    static Stream<Arguments> theTotalPriceInTheNextSentenceIsThePurchase() {
        return Stream.of(
                Arguments.of("en", "Salesforce has agreed to acquire Cohere. The total price comes to $2.4 billion, "
                        + "paid in cash."),
                Arguments.of("es", "Salesforce ha acordado adquirir Cohere. El precio total asciende a 2.400 millones "
                        + "de dólares, pagados en efectivo."),
                Arguments.of("fr", "Salesforce a accepté d'acquérir Cohere. Le prix total s'élève à 2,4 milliards de "
                        + "dollars, payés en numéraire."),
                Arguments.of("it", "Salesforce ha deciso di acquisire Cohere. Il prezzo complessivo è di 2,4 miliardi "
                        + "di dollari, pagati in contanti."),
                Arguments.of("de", "Salesforce übernimmt Cohere. Der Gesamtpreis beträgt 2,4 Milliarden Dollar in "
                        + "bar."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theTotalPriceInTheNextSentenceIsThePurchase(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Salesforce", "2.4E9", "USD");
    }

    static Stream<Arguments> aPriceThatIsNotTheDealsStaysNoDeal() {
        return Stream.of(
                Arguments.of("es", "Salesforce ha acordado adquirir Cohere. El precio de la acción de Salesforce "
                        + "supera los 300 dólares y su capitalización los 300.000 millones de dólares."),
                Arguments.of("en", "Salesforce has agreed to acquire Cohere. The share price values Salesforce at "
                        + "$300 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPriceThatIsNotTheDealsStaysNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

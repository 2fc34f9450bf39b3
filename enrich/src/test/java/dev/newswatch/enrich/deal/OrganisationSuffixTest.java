package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name the table does not know that ends with a word of organisations ("Velmora Communications") is a company
 * wherever it stands, also as a middle item of a list of purchases, so that the amount of its item is its own and
 * not a second amount of the item before.
 */
class OrganisationSuffixTest {

    static Stream<Arguments> aListItemNamedWithAnOrganisationSuffixTakesItsOwnAmount() {
        return Stream.of(
                Arguments.of("fr", "Salesforce a déjà acquis Brontix Labs pour 700 millions de dollars en 2015, Velmora "
                        + "Communications pour 450 millions de dollars en 2019 ou encore Quintel Security pour 230 "
                        + "millions de dollars en 2022."),
                Arguments.of("en", "Salesforce has already acquired Brontix Labs for $700 million in 2015, Velmora "
                        + "Communications for $450 million in 2019 and Quintel Security for $230 million in 2022."),
                Arguments.of("it", "Salesforce ha già acquisito Brontix Labs per 700 milioni di dollari nel 2015, "
                        + "Velmora Communications per 450 milioni di dollari nel 2019 e Quintel Security per 230 "
                        + "milioni di dollari nel 2022."),
                Arguments.of("es", "Salesforce ya adquirió Brontix Labs por 700 millones de dólares en 2015, Velmora "
                        + "Communications por 450 millones de dólares en 2019 y Quintel Security por 230 millones de "
                        + "dólares en 2022."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aListItemNamedWithAnOrganisationSuffixTakesItsOwnAmount(String language, String text) {
        assertDeals(language, text, List.of(deal("Brontix Labs", "Salesforce", "700000000", "USD"),
                deal("Velmora Communications", "Salesforce", "450000000", "USD"),
                deal("Quintel Security", "Salesforce", "230000000", "USD")));
    }
}

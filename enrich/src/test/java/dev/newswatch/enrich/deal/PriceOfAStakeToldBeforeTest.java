package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A purchase told without its price, then a sentence in which the buyer pays an amount and names no company bought
 * ("Google paid $400m for the acquisition", "Der Konzern zahlte dafür N"): the amount is the price of that purchase,
 * a stake bought as well as a whole company, and the company bought is the one named in the sentence before.
 */
class PriceOfAStakeToldBeforeTest {

    static Stream<Arguments> shouldGiveThePriceToThePurchaseToldBefore() {
        return Stream.of(
                // a stake bought, then the buyer named again as the payer
                Arguments.of("en", "Google bought a 30% stake in Databricks. Google paid $400 million for the "
                        + "acquisition."),
                Arguments.of("fr", "Google a racheté 30% de Databricks. Google a déboursé 400 millions de dollars pour "
                        + "cette acquisition."),
                Arguments.of("es", "Google compró el 30% de Databricks. El grupo pagó 400 millones de dólares por esta "
                        + "adquisición."),
                // "dafür": the pronominal adverb stands for the purchase told before
                Arguments.of("de", "Google hat 30 Prozent an Databricks gekauft. Der Konzern zahlte dafür 400 Millionen "
                        + "Dollar."),
                Arguments.of("de", "Google hat Databricks übernommen. Google zahlte dafür 400 Millionen Dollar."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveThePriceToThePurchaseToldBefore(String language, String text) {
        // Given: a purchase without its price, then the buyer paying an amount for it
        // When: the text is read
        // Then: one deal, the company bought paid by the buyer
        assertOneDeal(language, text, "Databricks", "Google", "400000000", "USD");
    }
}

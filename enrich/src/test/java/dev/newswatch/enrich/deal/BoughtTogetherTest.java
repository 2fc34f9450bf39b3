package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two companies bought together for one price ("bought A and B for €120m", "l'espagnole A et la suédoise B pour 120
 * millions"): the price is no deal of either. Each with its own price ("A for N and B for M") stays two deals. A
 * company bought later in the series ("Then C, bought for €100m") still has the buyer of the two.
 */
class BoughtTogetherTest {

    static Stream<Arguments> twoCompaniesBoughtForOnePriceGiveNoDeal() {
        return Stream.of(
                Arguments.of("en", "Last year Salesforce bought Mistral AI and Anthropic for 120 million euros."),
                Arguments.of("fr", "L'an dernier, Salesforce avait acquis l'espagnole Velmora et la suédoise Orvane "
                        + "pour 120 millions d'euros."),
                Arguments.of("it", "L'anno scorso Salesforce ha acquisito Mistral AI e Anthropic per 120 milioni di "
                        + "euro."),
                Arguments.of("es", "El año pasado Salesforce compró Mistral AI y Anthropic por 120 millones de euros."),
                Arguments.of("de", "Im vergangenen Jahr kaufte Salesforce Mistral AI und Anthropic für 120 Millionen "
                        + "Euro."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void twoCompaniesBoughtForOnePriceGiveNoDeal(String language, String text) {
        assertEquals(List.of(), extract(language, text), text);
    }

    static Stream<Arguments> eachWithItsOwnPriceStaysTwoDeals() {
        return Stream.of(
                Arguments.of("en", "Salesforce bought Mistral AI for 120 million euros and Anthropic for 80 million "
                        + "euros."),
                Arguments.of("fr", "Salesforce a racheté Mistral AI pour 120 millions d'euros et Anthropic pour 80 "
                        + "millions d'euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachWithItsOwnPriceStaysTwoDeals(String language, String text) {
        assertDeals(language, text, List.of(deal("Mistral AI", "Salesforce", "120000000", "EUR"),
                deal("Anthropic", "Salesforce", "80000000", "EUR")));
    }

    static Stream<Arguments> aLaterPurchaseOfTheSeriesHasTheBuyerOfTheTwo() {
        return Stream.of(
                Arguments.of("fr", "L'an dernier, Salesforce avait acquis l'espagnole Velmora et la suédoise Orvane "
                        + "pour 120 millions d'euros. Ensuite il y a eu la néerlandaise Quintel, rachetée pour 95 "
                        + "millions d'euros."),
                Arguments.of("en", "Last year Salesforce bought Mistral AI and Anthropic for 120 million euros. Then "
                        + "came the Dutch start-up Quintel, acquired for 95 million euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLaterPurchaseOfTheSeriesHasTheBuyerOfTheTwo(String language, String text) {
        assertDeals(language, text, List.of(deal("Quintel", "Salesforce", "95000000", "EUR")));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-up items written as a heading that tells the deal without a price and a line opened by a field label that
 * gives it ("X achète Y" then "Montant : N", "X buys Y" then "Amount: N"), session 26: the label refers to the deal
 * of its item, also when the table knows neither name and the heading has no closing stop.
 */
class AmountLabelLineTest {

    static Stream<Arguments> labelLineGivesThePriceOfTheHeading() {
        return Stream.of(
                Arguments.of("fr", "Acquisitions de l'année\n\nMicrosoft achète Informatica\n\nMontant : 4 milliards "
                        + "de dollars\n\nÀ retenir : le groupe élargit son offre de données."),
                Arguments.of("en", "Deals of the year\n\nMicrosoft buys Informatica\n\nAmount: $4 billion\n\nWhy it "
                        + "matters: the group widens its data offer."),
                Arguments.of("es", "Compras del año\n\nMicrosoft compra Informatica\n\nImporte: 4.000 millones de "
                        + "dólares\n\nPor qué importa: el grupo amplía su oferta de datos."),
                Arguments.of("it", "Acquisizioni dell'anno\n\nMicrosoft acquista Informatica\n\nImporto: 4 miliardi "
                        + "di dollari\n\nPerché conta: il gruppo amplia la sua offerta di dati."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void labelLineGivesThePriceOfTheHeading(String language, String text) {
        // Given a heading that tells a purchase without a price and a label line with the amount under it
        // When the deals are read
        // Then the amount is the price of that purchase
        assertDeals(language, text, List.of(deal("Informatica", "Microsoft", "4E9", "USD")));
    }

    static Stream<Arguments> labelLineServesNamesNoTableKnows() {
        return Stream.of(
                Arguments.of("fr", "Tandrix Systems achète Corvana\n\nMontant : 2,4 milliards $US (3,3 G$ CAN)\n\n"
                        + "À retenir : la plus grosse opération du groupe."),
                Arguments.of("en", "Tandrix Systems buys Corvana\n\nAmount: $2.4 billion\n\nWhy it matters: the "
                        + "largest deal of the group."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void labelLineServesNamesNoTableKnows(String language, String text) {
        // Given a heading with two names the table does not know and a label line with the amount
        // When the deals are read
        // Then the buyer of the heading pays the amount for the company it buys
        assertDeals(language, text, List.of(deal("Corvana", "Tandrix Systems", "2.4E9", "USD")));
    }

    static Stream<Arguments> hyphenatedBuyerInAHeading() {
        return Stream.of(
                Arguments.of("fr", "Alimentation Brunel-Tessier achète KVX Outils\n\nMontant : 2,4 milliards "
                        + "de dollars",
                        "KVX Outils"),
                Arguments.of("en", "Halvora Brunel-Tessier buys KVX Tools\n\nAmount: $2.4 billion", "KVX Tools"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void hyphenatedBuyerInAHeading(String language, String text, String bought) {
        // Given a heading whose buyer has a hyphenated name, so that its capitalised parts are many
        // When the deals are read
        // Then the heading is no title-case line: both names are companies and the label gives the price
        String buyer = language.equals("fr") ? "Alimentation Brunel-Tessier" : "Halvora Brunel-Tessier";
        assertDeals(language, text, List.of(deal(bought, buyer, "2.4E9", "USD")));
    }

    static Stream<Arguments> canadianDollarFormats() {
        return Stream.of(
                Arguments.of("Microsoft achète Informatica pour 1,5 G$.", "1.5E9", "USD"),
                Arguments.of("Microsoft achète Informatica pour 1,5 milliard $US.", "1.5E9", "USD"),
                Arguments.of("Microsoft achète Informatica pour 2 milliards $ CAN.", "2E9", "CAD"),
                Arguments.of("Microsoft achète Informatica pour 800 M$ CAN.", "8E8", "CAD"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void canadianDollarFormats(String text, String amount, String currency) {
        // Given a price written the Canadian way ("G$" for billions, "$US", "$ CAN")
        // When the deals are read
        // Then the amount and its currency are read
        assertDeals("fr", text, List.of(deal("Informatica", "Microsoft", amount, currency)));
    }

    static Stream<Arguments> sectorNounBeforeAName() {
        return Stream.of(
                Arguments.of("fr", "Le mois doit tout à la levée de 170 millions d'euros de la Spacetech Tandrix "
                        + "Systems."),
                Arguments.of("fr", "Le podium revient à la Medtech Tandrix Systems, qui a levé 170 millions "
                        + "d'euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void sectorNounBeforeAName(String language, String text) {
        // Given a round of a company the table does not know, named after a capitalised sector noun
        // When the deals are read
        // Then the sector noun is no part of the company's name
        assertDeals(language, text, List.of(deal("Tandrix Systems", null, "1.7E8", "EUR")));
    }
}

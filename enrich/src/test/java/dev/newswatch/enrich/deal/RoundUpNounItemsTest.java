package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Items of round-ups of mergers and valuations (session 26): a purchase noun whose agent comes before the company
 * bought ("the acquisition by X of Y"), a bid noun whose price stands between the bidder and the company sought
 * ("l'offerta di X per N per Y"), and two such items in one sentence.
 */
class RoundUpNounItemsTest {

    static Stream<Arguments> theAgentOfAPurchaseNounMayComeBeforeTheCompanyBought() {
        return Stream.of(
                Arguments.of("it", "Spicca l'acquisizione da parte di Salesforce di Informatica per 8 miliardi di dollari."),
                Arguments.of("en", "The quarter was topped by the acquisition by Salesforce of Informatica for $8 billion."),
                Arguments.of("fr", "Le trimestre a été marqué par le rachat par Salesforce de Informatica pour 8 milliards "
                        + "de dollars."),
                Arguments.of("es", "Destaca la compra por parte de Salesforce de Informatica por 8.000 millones de "
                        + "dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAgentOfAPurchaseNounMayComeBeforeTheCompanyBought(String language, String text) {
        // Given a purchase noun, its agent preposition and the buyer, then "of" and the company bought
        // When the deal is read
        // Then the name after "of" is bought, not the owner of the buyer, and the agent buys it
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }

    static Stream<Arguments> aNewNameAfterTheAgentAndOfIsBought() {
        return Stream.of(
                Arguments.of("it", "In cima alla lista c'è l'acquisizione da parte di Velmora di Korvitec per 3 miliardi "
                        + "di euro."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNewNameAfterTheAgentAndOfIsBought(String language, String text) {
        // Given the same order with two names the entity table does not know
        // When the deal is read
        // Then the second name is bought by the first
        assertOneDeal(language, text, "Korvitec", "Velmora", "3E9", "EUR");
    }

    static Stream<Arguments> aBidsPriceMayStandBeforeTheCompanySought() {
        return Stream.of(
                Arguments.of("it", "Ha pesato l'offerta di Qualcomm per 4,5 miliardi di euro per Ampere."),
                Arguments.of("es", "Pesó la oferta de Qualcomm de 4.500 millones de euros por Ampere."),
                Arguments.of("fr", "A compté l'offre de Qualcomm de 4,5 milliards d'euros pour Ampere."),
                Arguments.of("de", "Ins Gewicht fiel das Angebot von Qualcomm über 4,5 Milliarden Euro für Ampere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aBidsPriceMayStandBeforeTheCompanySought(String language, String text) {
        // Given a bid noun, the bidder after "of", the price with its preposition, then a preposition and a name
        // When the deal is read
        // Then the bidder offers for the last name, which is the company sought
        assertOneDeal(language, text, "Ampere", "Qualcomm", "4.5E9", "EUR");
    }

    static Stream<Arguments> twoNounItemsJoinedByAndKeepTheirOwnParties() {
        return Stream.of(
                Arguments.of("it", "Il settore è salito grazie all'acquisizione da parte di Salesforce di Informatica per "
                        + "8 miliardi di dollari e all'offerta di Qualcomm per 4 miliardi di dollari per Ampere."),
                Arguments.of("es", "El sector subió con la compra por parte de Salesforce de Informatica por 8.000 "
                        + "millones de dólares y la oferta de Qualcomm de 4.000 millones de dólares por Ampere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void twoNounItemsJoinedByAndKeepTheirOwnParties(String language, String text) {
        // Given two deal noun phrases of a round-up joined by "and", each with its price
        // When the deals are read
        // Then each price goes with the parties of its own noun phrase
        assertDeals(language, text, List.of(deal("Informatica", "Salesforce", "8E9", "USD"),
                deal("Ampere", "Qualcomm", "4E9", "USD")));
    }
}

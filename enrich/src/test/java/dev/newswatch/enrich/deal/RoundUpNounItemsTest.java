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
 * ("l'offerta di X per N per Y"), two such items in one sentence, and amounts alone in brackets after names that go
 * on with a list of valuations.
 */
class RoundUpNounItemsTest {

    static Stream<Arguments> theAgentOfAPurchaseNounMayComeBeforeTheCompanyBought() {
        return Stream.of(
                Arguments.of("it", "Spicca l'acquisizione da parte di Salesforce di Informatica per 8 miliardi di dollari."),
                Arguments.of("en", "The quarter was topped by the acquisition by Salesforce of Informatica for $8 billion."),
                Arguments.of("fr", "Le trimestre a été marqué par le rachat par Salesforce de Informatica pour 8 milliards "
                        + "de dollars."),
                Arguments.of("es", "Destaca la adquisición por parte de Salesforce de Informatica por 8.000 millones de "
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
                Arguments.of("es", "El sector subió con la adquisición por parte de Salesforce de Informatica por 8.000 "
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

    static Stream<Arguments> bracketsAfterAValuationAreValuations() {
        return Stream.of(
                Arguments.of("it", "Nella classifica figurano Anthropic, valutata 20 miliardi di dollari, Databricks "
                        + "(43 miliardi), regina dei dati, e Cohere (5,5 miliardi), nata nel 2019 e finanziata da "
                        + "grandi gruppi."),
                Arguments.of("en", "The ranking lists Anthropic, valued at $20 billion, Databricks ($43 billion), a data "
                        + "leader, and Cohere ($5.5 billion), founded in 2019 and backed by large groups."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void bracketsAfterAValuationAreValuations(String language, String text) {
        // Given a list whose first item is a name and its valuation, and further names each with an amount in brackets,
        // a deal word only after the list
        // When the deals are read
        // Then the bracketed amounts are valuations like the first, no deal
        assertDeals(language, text, List.of());
    }

    static Stream<Arguments> bracketsAfterADealWordAreRounds() {
        return Stream.of(
                Arguments.of("en", "Start-ups of the region raised $9bn, with large rounds from the Paris lab Mistral AI "
                        + "(€450m) and the Toronto group Cohere ($900m)."),
                Arguments.of("it", "Le startup della regione hanno raccolto 9 miliardi, con grandi round di Mistral AI "
                        + "(450 milioni di euro) e di Cohere (900 milioni di dollari)."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void bracketsAfterADealWordAreRounds(String language, String text) {
        // Given a total over many companies, then a deal word and names each with an amount in brackets
        // When the deals are read
        // Then each bracketed amount is its name's round, the total is none
        assertDeals(language, text, List.of(deal("Mistral AI", null, "450E6", "EUR"),
                deal("Cohere", null, "900E6", "USD")));
    }
}

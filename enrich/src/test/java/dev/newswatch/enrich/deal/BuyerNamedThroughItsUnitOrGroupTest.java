package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A buyer named through the unit that acts for it or the group it leads (session 32): "taken over by an affiliate of X",
 * "bought by a subsidiary of X", "sold to a consortium led by X", "to an investor group including X". The word before
 * the name ("of", "by") would otherwise make it the owner of something else or the agent of the group's description.
 * Sentences of our own.
 */
class BuyerNamedThroughItsUnitOrGroupTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere will be taken over by an affiliate of Salesforce for $300 million.|Salesforce",
        "Cohere is being bought by an affiliate of software group Salesforce for $300 million.|Salesforce",
        "Cohere will be bought by a subsidiary of Oracle in a deal valued at $300 million.|Oracle",
        "Cohere was acquired by funds managed by Thrive Capital for $300 million.|Thrive Capital"})
    void theBuyerNamedThroughItsUnitPays(String text, String buyer) {
        // Given a purchase whose agent is a unit of the buyer ("an affiliate of", "a subsidiary of")
        // When the deal is read
        // Then the company that owns the unit buys
        assertOneDeal("en", text, "Cohere", buyer, "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce agreed to sell Cohere to a consortium led by Thrive Capital for $300 million.",
        "Salesforce sold Cohere to a consortium of Thrive Capital and General Catalyst for $300 million.",
        "Salesforce agreed to sell Cohere to an investor group including Thrive Capital for $300 million.",
        "Salesforce agreed to sell Cohere to Thrive Capital for $300 million."})
    void theLeaderOfTheGroupSoldToPays(String text) {
        // Given a sale to a consortium or group named through its leader or first member
        // When the deal is read
        // Then that leader buys the company sold
        assertOneDeal("en", text, "Cohere", "Thrive Capital", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Salesforce, owned in part by an affiliate of SoftBank, agreed to buy Cohere for $300 million.",
        "Salesforce, backed by a fund of SoftBank, agreed to buy Cohere for $300 million."})
    void theOwnerOfTheBuyerNamedThroughAUnitDoesNotPay(String text) {
        // Given a buyer described by who owns or backs it through a unit, in an aside
        // When the deal is read
        // Then the buyer pays
        assertOneDeal("en", text, "Cohere", "Salesforce", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere raised $300 million from a group of investors including Thrive Capital.|Thrive Capital",
        "Cohere raised $300 million, a sum equal to the revenue of a unit of Oracle.|"})
    void roundsKeepTheirReading(String text, String investor) {
        // Given rounds that name a group of investors or a unit of a company after the amount
        // When the deal is read
        // Then the investors named through the group still pay, and a unit compared with takes no part
        assertOneDeal("en", text, "Cohere", investor, "300E6", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 35, constructions counted on English news pages: a fund the table does not know whose name opens with, or
 * holds, a place, a nationality or a number ("Denver Harbor Partners", "One Halvora Group", "Korvia International
 * Investment Company") keeps those words, which alone name no company; a city written before a state glued to
 * "-based" ("Austin, TX-based Zentrix") is where the company is, no party. Sentences of our own.
 */
class FundNamedAfterAPlaceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tovanta raised $14 million in a Series A round led by Denver Harbor Partners.|Denver Harbor Partners",
        "Tovanta raised $14 million in a round led by One Halvora Group and existing backers.|One Halvora Group",
        "Tovanta received a $14 million investment from Korvia International Investment Company.|"
            + "Korvia International Investment Company",
        "Tovanta closed a $14 million round co-led by Washington Peak Capital.|Washington Peak Capital",
        "Infrastructure investor International Mallory Holdings has invested $14 million in Tovanta.|"
            + "International Mallory Holdings",
        "Tovanta raised $14 million from Kestrel Harbor Capital.|Kestrel Harbor Capital"})
    void theFundKeepsThePlaceOrNumberOfItsName(String text, String investor) {
        // Given a round whose unknown fund is named with a place, a nationality or a number
        // When the deal is read
        // Then the fund is read with its whole name
        assertOneDeal("en", text, "Tovanta", investor, "14E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Austin, TX-based Tovanta pulled in $14 million through a Series B round last month.",
        "Boulder, Colo.-based Tovanta raised $14 million in its Series B round.",
        "Lexington, MA-based Tovanta, a maker of lab robots, also landed a $14 million Series B round."})
    void theCityBeforeAStateBasedModifierIsNoParty(String text) {
        // Given a company introduced by its city, a comma and its state glued to "-based"
        // When the deal is read
        // Then the company after the modifier raises, the city is no party
        assertOneDeal("en", text, "Tovanta", null, "14E6", "USD");
    }
}

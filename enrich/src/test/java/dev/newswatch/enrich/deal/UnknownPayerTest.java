package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English purchases, investments and payments whose payer or paid company the entity table does not know. The frames
 * with a known company ("Oracle", "Salesforce") gave the deal before session 30; with "Tandrix" as the payer most gave
 * the paid company alone, and with "Quellor" as the one paid some gave nothing. A deal read without its payer is read
 * again with the sentence's unread names, a single name opening the sentence among them unless it is a common word or
 * an adjective before a noun of people ("Existing backers"). Sentences of our own.
 */
class UnknownPayerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tandrix will pay $300 million for Salesforce.",
        "Tandrix agreed to buy Salesforce in a deal worth $300 million.",
        "Tandrix backs Salesforce with $300 million.",
        "Tandrix completed its $300 million acquisition of Salesforce.",
        "Tandrix is acquiring fintech start-up Salesforce for $300 million.",
        "Tandrix poured $300 million into Salesforce.",
        "Tandrix took a $300 million stake in Salesforce.",
        "Tandrix told its staff on Tuesday that it will buy Salesforce for $300 million.",
        "Tandrix, the software group, is buying Salesforce for $300 million.",
        "Salesforce secured $300 million from Tandrix.",
        "Salesforce received $300 million from Tandrix."})
    void anUnknownPayerOfAKnownCompany(String text) {
        assertOneDeal("en", text, "Salesforce", "Tandrix", "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tandrix is paying $300 million in cash for Quellor.|Quellor|Tandrix",
        "Tandrix snaps up Quellor for $300 million.|Quellor|Tandrix",
        "Tandrix will buy a 40% stake in Quellor for $300 million.|Quellor|Tandrix",
        "Quellor has landed $300 million in funding from Oracle.|Quellor|Oracle",
        "Quellor hauls in $300 million from Oracle.|Quellor|Oracle",
        "Quellor is being sold to Oracle for $300 million.|Quellor|Oracle",
        "Quellor will be bought by Oracle in a $300 million deal.|Quellor|Oracle",
        "Quellor announces $300 million Series C led by Oracle.|Quellor|Oracle",
        "Quellor won a $300 million contract from Oracle.|Quellor|Oracle",
        "Quellor completes $300 million funding round.|Quellor|",
        "Quellor confirms $300 million round.|Quellor|"})
    void anUnknownCompanyPaid(String text, String target, String investor) {
        assertOneDeal("en", text, target, investor, "300E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Existing|Existing backers put a further $10 million into Quellor.",
        "Angel|Angel investors put $10 million into Salesforce.",
        "Returning|Returning investors poured $10 million into Quellor.",
        "Wealthy|Wealthy families poured $10 million into Salesforce.",
        "Tulsa|Tulsa officials pledged $10 million to Quellor.",
        "Private|Private investors have put $10 million into Salesforce.",
        "Shareholders|Shareholders approved the $10 million sale of Quellor to Oracle.",
        "Insiders|Insiders say Oracle will pay $10 million for Quellor."})
    void aCapitalisedWordOpeningTheSentenceBeforeANounOfPeopleIsNoPayer(String word, String text) {
        for (var deal : DealCases.extract("en", text)) {
            assertTrue(deal.investor() == null || !deal.investor().name().contains(word), text + " -> " + deal);
            assertTrue(!deal.target().name().contains(word), text + " -> " + deal);
        }
    }
}

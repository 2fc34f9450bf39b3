package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A buying verb whose only known party after it is the seller after "da"/"from" read as goods bought from the seller,
 * a contract paying the seller, also when the object was a company the table does not know ("Oracle ha comprato
 * Corvana per 4 miliardi da SoftBank" gave SoftBank as the company paid). A capitalised name right after the verb now
 * stops that reading, and the sentence is read again with the unknown name as a company: it is the one bought. Goods
 * bought from a seller stay a contract. Sentences of our own, with invented companies.
 */
class SellerAfterAPurchaseOfAnUnknownNameTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Oracle ha comprato Corvana per 4 miliardi di dollari da SoftBank.",
        "it|Oracle ha rilevato Corvana per 4 miliardi di dollari da SoftBank.",
        "en|Oracle bought Corvana for $4 billion from SoftBank."})
    void theUnknownNameAfterTheVerbIsBoughtNotTheSeller(String language, String text) {
        // Given a purchase of a company the table does not know, with its seller after "da"/"from"
        // When it is read
        // Then the unknown company is the one bought and the buyer pays
        assertOneDeal(language, text, "Corvana", "Oracle", "4E9", "USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Oracle ha comprato chip per 4 miliardi di dollari da Nvidia.",
        "it|Oracle ha comprato GPU per 4 miliardi di dollari da Nvidia."})
    void goodsBoughtFromASellerStayAContract(String language, String text) {
        // Given goods (a lower-case noun or an upper-case abbreviation) bought from a seller
        // When it is read
        // Then the seller is paid by the buyer
        assertOneDeal(language, text, "Nvidia", "Oracle", "4E9", "USD");
    }
}

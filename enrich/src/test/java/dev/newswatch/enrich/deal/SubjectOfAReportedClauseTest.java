package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company that reports a deal of others (session 31): "Microsoft said on Monday that Nvidia would buy Run:ai": the
 * name after the verb of saying ({@code reportingVerbs}) buys or pays, not the one that reports. Sentences of our own.
 */
class SubjectOfAReportedClauseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Microsoft said on Monday that Nvidia would buy Run:ai for $700 million.|Run:ai|Nvidia|700E6",
        "Microsoft said Nvidia would buy Run:ai for $700 million.|Run:ai|Nvidia|700E6",
        "Microsoft announced that Nvidia will acquire Run:ai for $700 million.|Run:ai|Nvidia|700E6",
        "Microsoft confirmed in a statement that Nvidia has agreed to buy Run:ai for $700 million.|Run:ai|Nvidia|700E6",
        "Salesforce, an early backer of Cohere, said Sequoia Capital would invest $70 million in Cohere.|Cohere"
            + "|Sequoia Capital|70E6"})
    void theNameAfterTheVerbOfSayingIsTheParty(String text, String target, String investor, String amount) {
        // Given a company that says another company will buy or invest
        // When the deal is read
        // Then the company named after the verb of saying pays
        assertOneDeal("en", text, target, investor, amount, "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nvidia said on Monday that it would buy Run:ai for $700 million.|Run:ai|Nvidia|700E6",
        "Nvidia said it had agreed to buy Run:ai for $700 million.|Run:ai|Nvidia|700E6",
        "Nvidia, which said it would keep the brand, agreed to buy Run:ai for $700 million.|Run:ai|Nvidia|700E6"})
    void aPronounAfterTheVerbOfSayingStandsForTheNameThatSays(String text, String target, String investor,
                                                             String amount) {
        // Given a company that says it will buy another
        // When the deal is read
        // Then the company that says so buys
        assertOneDeal("en", text, target, investor, amount, "USD");
    }
}

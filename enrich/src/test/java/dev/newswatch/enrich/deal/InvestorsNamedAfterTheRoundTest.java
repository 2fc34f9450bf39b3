package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The investors of a round named in the sentence after it, in phrasings the round leads did not read (session 32):
 * the funders as the agent of a passive ("Their funding was provided by X", "Its Series B was supported by X"), "saw
 * participation from", several leads as a plural subject ("A and B were the lead investors"), the lead after the verb
 * ("Leading the round was X"), and in German the separable "steigen ... ein", "stellen das Geld bereit", "mit an Bord",
 * "haben investiert" and "Geld gab es von". The first name wins over co-investors named after it or in a later
 * sentence. Sentences of our own.
 */
class InvestorsNamedAfterTheRoundTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poolside raised $20 million. The funding was provided by General Catalyst and Thrive Capital, with participation"
                + " from Index Ventures, among others.",
        "Poolside raised $20 million through a Series B round. That Series B was supported by General Catalyst and"
                + " Thrive Capital as existing backers.",
        "Poolside raised $20 million. The round saw participation from General Catalyst and Thrive Capital.",
        "Poolside raised $20 million. The raise saw participation from General Catalyst and Thrive Capital, both new"
                + " to the company.",
        "Poolside raised $20 million. General Catalyst and Thrive Capital were the lead investors, with participation"
                + " from Index Ventures.",
        "Poolside raised $20 million. New investors General Catalyst and Thrive Capital were the lead financers with"
                + " participation from Index Ventures.",
        "Poolside raised $20 million. Leading the round was General Catalyst, with Thrive Capital also participating."})
    void theFirstFunderNamedInTheNextSentencePays(String text) {
        // Given a round with no investor in its sentence and its funders named in the next one
        // When the deal is read
        // Then the first funder named there pays, not a co-investor named after it
        assertOneDeal("en", text, "Poolside", "General Catalyst", "20E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poolside raised $20 million. The company was supported by Nvidia in its early years.",
        "Poolside raised $20 million. Its models are provided by a partner to developers."})
    void aSupporterOfTheCompanyIsNoFunderOfTheRound(String text) {
        // Given a round followed by a sentence that names who supports the company, not the round
        // When the deal is read
        // Then the round keeps no investor
        assertOneDeal("en", text, "Poolside", null, "20E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing hat eine Finanzierungsrunde über 20 Millionen Euro abgeschlossen. General Catalyst und Index Ventures"
                + " steigen damit neu bei dem Start-up ein. Zu den weiteren Geldgebern gehören Thrive Capital und SAP.",
        "Helsing hat 20 Millionen Euro eingesammelt. General Catalyst steigt bei dem Münchner Unternehmen ein.",
        "Helsing hat 20 Millionen Euro eingesammelt. General Catalyst ist neu eingestiegen, Index Ventures bleibt"
                + " an Bord.",
        "Helsing hat 20 Millionen Euro eingesammelt. Die Investoren General Catalyst und Index Ventures stellen das"
                + " Geld bereit.",
        "Helsing hat 20 Millionen Euro eingesammelt. Mit an Bord sind General Catalyst und Index Ventures.",
        "Helsing hat 20 Millionen Euro eingesammelt. General Catalyst und Index Ventures sind mit an Bord.",
        "Helsing hat 20 Millionen Euro eingesammelt. General Catalyst und Index Ventures haben investiert.",
        "Helsing hat sich 20 Millionen Euro gesichert. Geld gab es unter anderem von General Catalyst und Index"
                + " Ventures."})
    void germanInvestorsBuyingInTheSentenceAfterPay(String text) {
        // Given a round whose investors buy in or put up the money in the next sentence
        // When the deal is read
        // Then the first of them pays, not a "further" backer named later
        assertOneDeal("de", text, "Helsing", "General Catalyst", "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing hat 20 Millionen Euro eingesammelt. SAP steigt in den Markt ein.",
        "Helsing hat 20 Millionen Euro eingesammelt. Im Sommer steigt das Startup in den Drohnenbau ein."})
    void enteringAMarketIsNoBuyingIn(String text) {
        // Given a round followed by a sentence in which a company enters a market ("steigt in den Markt ein")
        // When the deal is read
        // Then the round keeps no investor
        assertOneDeal("de", text, "Helsing", null, "20E6", "EUR");
    }
}

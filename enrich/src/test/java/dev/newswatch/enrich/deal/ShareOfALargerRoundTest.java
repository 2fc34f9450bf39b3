package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One investor's share told first, then the larger round it is part of in the same sentence ({@code largerRounds}):
 * the share is that investor's deal, the round is not paid by it; the round's lead named in the next sentence takes
 * its place. Before, the share's investor paid the whole round too. Sentences of our own, five languages.
 */
class ShareOfALargerRoundTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|SoftBank will invest $400 million in OpenAI, part of a wider $5.2 billion round.",
        "en|SoftBank invested $400 million in OpenAI in a round totalling $5.2 billion.",
        "fr|SoftBank va injecter 400 millions de dollars dans OpenAI, dans le cadre d'une levée globale de 5,2"
            + " milliards de dollars.",
        "es|SoftBank invertirá 400 millones de dólares en OpenAI como parte de una ronda de financiación más"
            + " amplia de 5.200 millones de dólares.",
        "it|SoftBank investirà 400 milioni di dollari in OpenAI nell'ambito di un round di finanziamento più ampio da"
            + " 5,2 miliardi di dollari.",
        "de|SoftBank will 400 Millionen Dollar in OpenAI investieren, im Rahmen einer größeren Finanzierungsrunde von"
            + " 5,2 Milliarden Dollar."})
    void theShareIsTheInvestorsAndTheRoundIsNot(String language, String text) {
        String currency = text.contains("$") || text.contains("ollar") || text.contains("ólares") ? "USD" : "EUR";
        assertFound(language, text,
                "openai <- softbank 400000000 " + currency + "; openai <- null 5200000000 " + currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|SoftBank will invest $400 million in OpenAI, part of a wider $5.2 billion round. The round is led by Thrive"
            + " Capital.",
        "fr|SoftBank va injecter 400 millions de dollars dans OpenAI, une part d'une levée de fonds plus vaste de 5,2"
            + " milliards de dollars. Le tour est mené par Thrive Capital."})
    void theRoundsLeadNamedNextPaysTheRound(String language, String text) {
        assertFound(language, text, "openai <- softbank 400000000 USD; openai <- thrive 5200000000 USD");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|SoftBank invested $400 million in OpenAI and $5.2 billion in Anthropic."})
    void twoDealsOfOneInvestorStayTwo(String language, String text) {
        assertFound(language, text, "openai <- softbank 400000000 USD; anthropic <- softbank 5200000000 USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investment told in one sentence without its amount, and its amount in the next one, after "the investment"
 * ("l'investimento", "la inversión", "l'investissement", "die Investition", "die Beteiligung"): the amount is that
 * investment's, with its two sides. An investment bank, or "the investment in" a sector, refers to no deal told
 * before. Sentences of our own in the five languages.
 */
class InvestmentReferredToInTheNextSentenceTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Microsoft has backed Anthropic since spring. The investment, of up to $3 billion, was confirmed on Friday.",
        "en|Microsoft first invested in Anthropic in 2023. The initial investment came with an amount of $3 billion.",
        "it|Microsoft ha investito in Anthropic. L'investimento, fino a 3 miliardi di dollari, è stato confermato "
            + "ieri.",
        "it|Microsoft ha investito in Anthropic. Con l'investimento di 3 miliardi di dollari, Microsoft cambia rotta.",
        "es|Microsoft invirtió en Anthropic. La inversión, de hasta 3.000 millones de dólares, se confirmó ayer.",
        "fr|Microsoft a investi dans Anthropic. L'investissement, jusqu'à 3 milliards de dollars, a été confirmé hier.",
        "de|Microsoft ist seit Jahren an Anthropic beteiligt. Die erste Investition erfolgte mit drei Milliarden "
            + "Dollar.",
        "de|Microsoft steigt bei Anthropic ein. Die Beteiligung von bis zu drei Milliarden Dollar wurde bestätigt."})
    void theAmountOfTheInvestmentGoesToTheSidesToldBefore(String language, String text) {
        DealCases.assertDeals(language, text, List.of(deal("Anthropic", "Microsoft", "3000000000", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Microsoft raised its stake in Anthropic. The investment bank Morgan Stanley puts the stake at $3 billion.",
        "es|Microsoft invirtió en Anthropic. La inversión en startups europeas cayó a 3.000 millones de dólares.",
        "fr|Microsoft a investi dans Anthropic. L'investissement dans les start-up a chuté à 3 milliards de dollars.",
        "it|Microsoft ha investito in Anthropic. L'investimento nelle startup europee è sceso a 3 miliardi di dollari.",
        "de|Microsoft steigt bei Anthropic ein. Die Investition in europäische Start-ups fiel auf drei Milliarden "
            + "Dollar."})
    void anInvestmentBankOrTheInvestmentInASectorIsNoDealToldBefore(String language, String text) {
        DealCases.assertDeals(language, text, List.of());
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name followed by a comma and a short description whose relative clause has another name as subject ("Cohere, a
 * firm that Nvidia acquired for $2.3bn"), also after a first relative clause joined by "and" ("a firm that is listed
 * and that Nvidia acquired"): the described name is the object of the deal verb, the relative clause's subject its
 * payer. Before, such sentences gave no deal in English, Spanish, French and Italian (German, whose relative clause
 * ends with its verb, already read them). Sentences of our own.
 */
class ObjectRelativeInADescriptionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere, a firm that Nvidia acquired for $2.3 billion in 2024, is growing.|2.3E9",
        "en|Singh founded Cohere, a start-up that Nvidia bought for $2.3 billion in 2024.|2.3E9",
        "en|Singh founded Cohere, a firm that is listed and that Nvidia acquired for $2.3 billion.|2.3E9",
        "es|Singh fundó Cohere, una firma que Nvidia adquirió por 2.300 millones de dólares en 2024.|2.3E9",
        "es|Cohere, una empresa que fabrica sensores y que Nvidia adquirió por 2.300 millones de dólares, crece.|2.3E9",
        "fr|Singh a fondé Cohere, une société que Nvidia a rachetée contre 2,3 milliards de dollars au printemps.|2.3E9",
        "fr|Il a fondé Cohere, une société qui est cotée et que Nvidia a rachetée contre 2,3 milliards de dollars.|2.3E9",
        "it|Singh ha fondato Cohere, una società che Nvidia ha acquisito per 2,3 miliardi di dollari nel 2024.|2.3E9",
        "it|Ha fondato Cohere, una società che è quotata e che Nvidia ha acquisito per 2,3 miliardi di dollari.|2.3E9",
        "de|Singh gründete Cohere, eine Firma, die Nvidia 2024 für 2,3 Milliarden Dollar übernahm.|2.3E9"})
    void theDescribedNameIsBoughtByTheRelativeClausesSubject(String language, String text, String amount) {
        assertOneDeal(language, text, "Cohere", "Nvidia", amount, "USD");
    }
}

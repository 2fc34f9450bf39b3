package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spanish "personal a" after a verb of buying a company ("Nvidia adquirió a Cohere", "compró al grupo Cohere")
 * marks the company bought, not someone paid: before, the sentence gave no deal. Only Spanish marks a direct object
 * this way. Goods bought from a company after the same "a" stay a contract with that company. Sentences of our own.
 */
class PersonalObjectOfAPurchaseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Nvidia adquirió a Cohere por 400 millones de dólares.",
        "es|Nvidia compró al grupo Cohere por 400 millones de dólares.",
        "es|Nvidia compró a la startup Cohere por 400 millones de dólares.",
        "es|Nvidia acordó adquirir a Cohere en una operación de 400 millones de dólares.",
        "es|Nvidia absorberá a Cohere por 400 millones de dólares."})
    void theCompanyAfterThePersonalAIsBought(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Cohere", "Nvidia", "400E6", "USD");
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Nvidia comprará a Cohere chips por 400 millones de dólares.",
        "es|Nvidia alquila a Cohere servidores por 400 millones de dólares."})
    void goodsBoughtOrRentedFromACompanyStayAContract(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Cohere", "Nvidia", "400E6", "USD");
        assertEquals(DealType.CONTRACT, deal.type(), text);
    }
}

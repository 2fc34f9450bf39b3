package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company named as the bare object of a sale verb, with a buyer after "to" ("Microsoft sold Cohere to Nvidia for
 * $400m"), is bought by that buyer: the seller is no party of the price. Before, the seller was read as the company
 * whose shares were sold, and the buyer was lost. Sentences of our own; German, with the buyer after "an" and the
 * object before a final participle, is in {@link GermanVerbFinalNewsTest}.
 */
class CompanySoldToABuyerTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Microsoft sold Cohere to Nvidia for $400 million.",
        "en|Microsoft agreed to sell Cohere to Nvidia for $400 million.",
        "es|Microsoft vendió Cohere a Nvidia por 400 millones de dólares.",
        "es|Microsoft venderá Cohere a Nvidia por 400 millones de dólares.",
        "fr|Microsoft a vendu Cohere à Nvidia pour 400 millions de dollars.",
        "it|Microsoft ha venduto Cohere a Nvidia per 400 milioni di dollari."})
    void theBuyerOfANamedCompanyPaysForIt(String language, String text) {
        Deal deal = assertOneDeal(language, text, "Cohere", "Nvidia", "400E6", "USD");
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }
}

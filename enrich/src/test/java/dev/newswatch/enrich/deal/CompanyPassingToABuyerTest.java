package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company that "passes to" a buyer for a price ("Cohere passa a Nvidia per 400 milioni"): the subject is the company
 * bought and the name right after the phrase is the buyer, though no word for "by" stands before it (lexicon key
 * {@code passiveSales}). Before, the sentence gave no deal. Sentences of our own; the phrase counts only with a price
 * after "per", so a share price or a bill that passes to a chamber stays no deal.
 */
class CompanyPassingToABuyerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere passa a Nvidia per 400 milioni di dollari.",
        "Dopo un anno di trattative, Cohere passa a Nvidia per 400 milioni di dollari.",
        "Cohere passa sotto il controllo di Nvidia per 400 milioni di dollari.",
        "Cohere finisce nelle mani di Nvidia per 400 milioni di dollari.",
        "Cohere è passata a Nvidia per circa 400 milioni di dollari."})
    void theCompanyPassingIsBoughtByTheNameAfterThePhrase(String text) {
        // Given a sale told with the company bought as subject; When it is read; Then the name after the phrase pays
        Deal deal = assertOneDeal("it", text, "Cohere", "Nvidia", "400E6", "USD");
        assertEquals(DealType.ACQUISITION, deal.type(), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Il titolo di Cohere passa a 12 dollari dopo i conti.",
        "Con la nuova legge il fondo da 400 milioni di dollari passa al Senato."})
    void aPassingWithNoPriceAfterForIsNoSale(String text) {
        // Given "passa a" with no price after "per"; When it is read; Then no acquisition comes out of it
        List<Deal> deals = extract("it", text);
        assertTrue(deals.stream().noneMatch(d -> d.type() == DealType.ACQUISITION), () -> text + " -> " + deals);
    }
}

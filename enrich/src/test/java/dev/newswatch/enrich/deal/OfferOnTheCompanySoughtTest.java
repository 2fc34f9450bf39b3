package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An acquisition noun whose company sought stands right after "on" ("un'opa su X", "a bid on X"): that company is
 * bought and the subject pays. Before, only a name after "of" or "for" was read as the one bought, so a takeover bid
 * told with "su" gave no deal. Sentences of our own; a name further from the noun, or a place, is no company sought.
 */
class OfferOnTheCompanySoughtTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Nvidia ha lanciato un'opa su Cohere da 400 milioni di dollari.",
        "it|Nvidia ha lanciato un'offerta pubblica di acquisto su Cohere da 400 milioni di dollari.",
        "it|Nvidia ha annunciato un'offerta su Cohere da 400 milioni di dollari.",
        "en|Nvidia launched a $400 million bid on Cohere."})
    void theCompanyRightAfterOnIsSought(String language, String text) {
        // Given a bid noun and a company right after "on"; When it is read; Then the bidder buys that company
        assertOneDeal(language, text, "Cohere", "Nvidia", "400E6", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nvidia ha presentato un'offerta da 400 milioni di dollari in Borsa.",
        "L'offerta da 400 milioni di dollari è stata accolta con favore sul mercato."})
    void aPlaceAfterTheOfferIsNoCompanySought(String text) {
        // Given an offer noun followed by a place or market; When it is read; Then nobody is bought
        List<Deal> deals = extract("it", text);
        assertTrue(deals.isEmpty(), () -> text + " -> " + deals);
    }
}

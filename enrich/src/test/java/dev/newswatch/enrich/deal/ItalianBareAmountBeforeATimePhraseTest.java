package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An Italian amount with no currency followed by a time phrase opened by "fino" or "entro" ("un contratto da 17
 * miliardi fino al 2031", "entro il 2030") takes the currency of the amount told before it, as after "lo scorso anno":
 * before, "fino" and "entro" were read as the noun of what the amount counts and the deal was lost. Sentences of our
 * own.
 */
class ItalianBareAmountBeforeATimePhraseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cohere, valutata 15 miliardi di dollari, fornirà a Microsoft capacità di calcolo con un contratto da 17 "
                + "miliardi fino al 2031.",
        "Cohere, valutata 15 miliardi di dollari, riceverà da Microsoft un investimento da 17 miliardi entro il 2031."})
    void theBareAmountBeforeFinoOrEntroTakesTheEarlierCurrency(String text) {
        // Given a bare amount followed by "fino al" or "entro il" and a dollar amount before it; When it is read;
        // Then the deal is in dollars
        assertOneDeal("it", text, "Cohere", "Microsoft", "17E9", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A further amount and the total it brings the company to ("taking its total raised to M", "portant le total levé à
 * M", "elevando el total recaudado a M", "portando il totale raccolto a M", "die insgesamt eingesammelte Summe auf
 * M"): one deal, the further amount. The participle of raising inside "the total raised" is part of the total, not a
 * verb of the later amount; two distractor phrases that overlap are each tried. Sentences of our own.
 */
class TotalRaisedToDateTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside raised another $300 million, taking its total raised to $1.2 billion.",
        "fr|Poolside a levé 300 millions de dollars de plus, portant le total levé à 1,2 milliard de dollars.",
        "es|Poolside recaudó otros 300 millones de dólares, elevando el total recaudado a 1.200 millones.",
        "it|Poolside ha raccolto altri 300 milioni di dollari, portando il totale raccolto a 1,2 miliardi.",
        "de|Poolside hat weitere 300 Millionen Dollar eingesammelt, womit die insgesamt eingesammelte Summe auf "
            + "1,2 Milliarden Dollar steigt."})
    void theFurtherAmountIsTheDealAndTheTotalIsNone(String language, String text) {
        assertOneDeal(language, text, "Poolside", null, "300E6", "USD");
    }
}

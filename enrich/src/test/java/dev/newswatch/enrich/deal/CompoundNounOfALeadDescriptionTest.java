package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An indefinite description opening the first sentences stands for the company the next sentence names also when its
 * noun is the head of a compound, as German writes it (docs/EXTRACTION.md, session 18): "Ein Münchner Drohnen-Start-up
 * hat ... eingesammelt. Helsing ..." is Helsing's raise, as "Ein Münchner Start-up" already was. Sentences of our own.
 */
class CompoundNounOfALeadDescriptionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Ein Münchner Drohnen-Start-up hat 450 Millionen Euro eingesammelt. Helsing will damit in Europa wachsen.",
        "Ein Münchner KI-Start-up sammelt 450 Millionen Euro ein. Helsing will damit in Europa wachsen.",
        "Ein junges Rüstungsunternehmen hat 450 Millionen Euro eingesammelt. Helsing will damit in Europa wachsen.",
        "Ein Münchner Start-up hat 450 Millionen Euro eingesammelt. Helsing will damit in Europa wachsen."})
    void aCompoundCompanyNounOpensALeadDescription(String text) {
        assertOneDeal("de", text, "Helsing", null, "450E6", "EUR");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German funding headlines with no verb, the amount first on its line and the company after "für": "20 Millionen Euro
 * für X", "+++ Rund 28 Mio. Euro für Fintech-Start-up X +++". The company is paid; no investor is named. An amount for
 * something else ("für den Umbau", "für neue Rechenzentren") and the same words inside a sentence make no deal. German
 * sentences of our own.
 */
class GermanAmountForHeadlineTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "20 Millionen Euro für Aleph Alpha",
        "Rund 20 Mio. Euro für Aleph Alpha",
        "+++ 20 Millionen Euro für Aleph Alpha +++",
        "+++ 20 Millionen Euro für KI-Start-up Aleph Alpha +++",
        "Meldungen des Tages\n20 Millionen Euro für Aleph Alpha"})
    void anAmountForACompanyOpeningALineIsARaise(String text) {
        assertOneDeal("de", text, "Aleph Alpha", null, "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "20 Millionen Euro für neue Rechenzentren",
        "20 Millionen Euro für den Umbau des Hauptsitzes von SAP",
        "Insgesamt flossen 20 Millionen Euro für Aleph Alpha."})
    void anAmountForSomethingElseOrInsideASentenceIsNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * German verb-second order with the paid company fronted: "In X investiert Y N", "Für X zahlt Y N". The phrase with
 * "in", "an" or "für" stands alone before the paying verb, the payer right after it; the name of that phrase is the
 * one paid. A fronted place or time ("In Europa investiert Y N") names no company and makes no deal. German sentences
 * of our own.
 */
class FrontedPaidNameTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "In Aleph Alpha investiert SAP 20 Millionen Euro.",
        "In Aleph Alpha investiert der Softwarekonzern SAP 20 Millionen Euro."})
    void aFrontedInvesteeIsPaidByTheSubjectAfterTheVerb(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Für Aleph Alpha zahlt SAP 2 Milliarden Euro.",
        "Für Aleph Alpha zahlt der Softwarekonzern SAP 2 Milliarden Euro."})
    void aFrontedPurchaseIsPaidByTheSubjectAfterTheVerb(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "2E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "In Europa investiert SAP 20 Milliarden Euro.",
        "In diesem Jahr investiert SAP 20 Milliarden Euro.",
        "In Deutschland zahlt SAP 2 Milliarden Euro Steuern."})
    void aFrontedPlaceOrTimeMakesNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }
}

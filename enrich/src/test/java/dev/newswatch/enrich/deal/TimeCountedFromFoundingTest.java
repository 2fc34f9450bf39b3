package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Italian "a un anno dalla fondazione", "a sei mesi dalla nascita": a point in time counted from the founding, which
 * opens a sentence about one raise; only "dalla fondazione" with no span of time before it ("ha raccolto N dalla
 * fondazione") is the running total since the founding. Found on a page where nothing was detected (the raise of an
 * accelerator, told one year after its founding and named there only as "the accelerator"; that page still drops its
 * raise at two later steps: a participle of assessing projects read as a valuation, and the description not read as
 * the accelerator named before). Sentences of our own.
 */
class TimeCountedFromFoundingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "A un anno dalla fondazione, Poolside ha raccolto 7 milioni di euro.",
        "A sei mesi dalla sua nascita, Poolside ha raccolto 7 milioni di euro.",
        "Poolside è nata a Torino. A due anni dalla sua fondazione, la startup ha raccolto 7 milioni di euro."})
    void aRaiseAfterAPointInTime(String text) {
        assertOneDeal("it", text, "Poolside", null, "7E6", "EUR");
    }

    /** The total raised since the founding stays no deal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poolside ha raccolto 7 milioni di euro dalla fondazione.",
        "Dalla sua fondazione Poolside ha raccolto 7 milioni di euro.",
        "Poolside ha raccolto 7 milioni di euro dalla sua nascita."})
    void noDeal(String text) {
        assertEquals(0, extract("it", text).size(), text + " -> " + extract("it", text));
    }
}

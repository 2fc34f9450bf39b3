package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German constructions counted on the real pages of session 35 (Swiss and German round-ups, contract reports): a second
 * item that leaves out the verb of a raise ({@code gappedItems}: "X erhielt N, die Firma Y M"), the Swiss "Mio. Fr.",
 * the deal told before referred to in the dative ("bei dem Auftrag") and a place adjective written with "St." in a
 * description ("das St. Galler Unternehmen"), a place adjective before a plural company noun ("Tiroler Start-ups") that
 * names no company. Sentences of our own.
 */
class GermanGappedItemsAndSwissAmountsTest {

    /** The second name raises the second amount; neither pays the other. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Das Start-up Poolside erhielt 6,1 Millionen Franken, die Softwarefirma Aleph Alpha 3,3 Millionen Franken.",
        "Das Start-up Poolside erhielt 6,1 Millionen Franken; die Softwarefirma Aleph Alpha 3,3 Millionen Franken.",
        "Das Start-up Poolside erhielt 6,1 Millionen Franken und die Softwarefirma Aleph Alpha 3,3 Millionen Franken.",
        "Das Start-up Poolside sicherte sich 6,1 Millionen Franken sowie der Anbieter Aleph Alpha 3,3 Millionen Franken."})
    void aGappedSecondItemRaisesItsOwnAmount(String text) {
        assertDeals("de", text, List.of(deal("Poolside", null, "6.1E6", "CHF"), deal("Aleph Alpha", null, "3.3E6", "CHF")));
    }

    /** A second amount without its currency takes the first one's. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Das Start-up Poolside sicherte sich 70 Millionen Franken und der Anbieter Aleph Alpha 40 Mio."})
    void aGappedItemWithoutCurrency(String text) {
        assertDeals("de", text, List.of(deal("Poolside", null, "70E6", "CHF"), deal("Aleph Alpha", null, "40E6", "CHF")));
    }

    /** The backers named with the first item stay its own. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Poolside erhielt 60 Millionen Euro von Index Ventures, Aleph Alpha bekam 20 Millionen Euro."})
    void theFirstItemKeepsItsBacker(String text) {
        assertDeals("de", text, List.of(deal("Poolside", "Index Ventures", "60E6", "EUR"),
                deal("Aleph Alpha", null, "20E6", "EUR")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Kryptobank Poolside sicherte sich 90 Mio. Fr. für den Ausbau.|90E6",
        "Der Softwareanbieter Poolside sammelte 64 Mio. Fr. ein.|64E6",
        "Poolside erhielt von Investoren 1,2 Mrd. Fr.|1.2E9",
        "Poolside erhielt von Investoren 45 Mio. SFr.|45E6"})
    void aSwissFrancAbbreviatedIsAnAmount(String text, String amount) {
        assertOneDeal("de", text, "Poolside", null, amount, "CHF");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die Bundeswehr orderte bei Helsing 40 Hubschrauber. Bei dem Auftrag geht es um 1,9 Milliarden Euro.",
        "Die Bundeswehr hat bei Helsing 40 Drohnen bestellt. Bei diesem Auftrag geht es um 1,9 Milliarden Euro."})
    void theContractReferredToInTheDativeGetsItsPrice(String text) {
        assertOneDeal("de", text, "Helsing", "Bundeswehr", "1.9E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Das Start-up Poolside baut Sensoren. Das St. Galler Unternehmen erhielt 9 Millionen Franken.",
        "Das Start-up Poolside baut Sensoren. Das St.Galler Unternehmen erhielt 9 Millionen Franken."})
    void aDescriptionWithASaintsPlaceStandsForTheCompanyBefore(String text) {
        assertOneDeal("de", text, "Poolside", null, "9E6", "CHF");
    }

    /** A place adjective before a plural company noun names no company: the sum is over many ({@code modified-nouns}). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Tiroler Start-ups sind gefragt. Mit 1,2 Milliarden Euro investierten Geldgeber im Sommer Rekordsummen in Tiroler Start-ups.",
        "Walliser Jungfirmen sind gefragt. Mit 300 Millionen Franken investierten Geldgeber im Mai in Walliser Jungfirmen."})
    void aPlaceAdjectiveBeforeManyCompaniesIsNoParty(String text) {
        assertEquals(0, extract("de", text).size(), text + " -> " + extract("de", text));
    }

    /** Revenue, a valuation and a sum over many companies stay no deal, in francs as in any currency. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Der Umsatz von Poolside stieg auf 90 Mio. Fr.",
        "Poolside wird mit 900 Mio. Fr. bewertet.",
        "Bei dem Auftrag bleibt vieles offen, sagte der Chef von Poolside am Montag."})
    void noDeal(String text) {
        assertEquals(0, extract("de", text).size(), text + " -> " + extract("de", text));
    }
}

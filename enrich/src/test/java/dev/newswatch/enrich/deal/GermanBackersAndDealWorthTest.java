package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German constructions found on the fresh pages of session 31 (batch 20), each a frame the extractor did not read:
 * the backers of a round named in the sentence after it in a present tense, with the subject after the verb, with the
 * participle fronted, after a colon, or as the money without an article ("Geld kam von X"); a deal told before and
 * referred to with an adjective between article and noun ("Der mehrjährige Auftrag umfasst N"); what a
 * deal is worth with the deal noun as the subject ("Der Deal soll N wert sein"), which is no valuation; a
 * share bought in a company the table does not know ("kaufte 30 Prozent an X"). Sentences of our own.
 */
class GermanBackersAndDealWorthTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Index Ventures beteiligt sich ebenfalls.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Index Ventures und SAP beteiligen sich auch.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. An der Runde beteiligte sich Index Ventures.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Beteiligt haben sich Index Ventures und SAP.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Geld kam nun von Index Ventures und SAP.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Die Finanzierung stammt von Index Ventures.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Die alten Geldgeber sind wieder mit dabei: Index Ventures und SAP.",
        "Aleph Alpha hat 20 Millionen Euro eingesammelt. Geld kam vom amerikanischen Wagniskapitalgeber Index Ventures."})
    void theBackerNamedInTheNextSentence(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "Index Ventures", "20E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Helsing hat einen Großauftrag bekommen. Der mehrjährige Auftrag umfasst 770 Millionen Euro.",
        "Helsing hat einen Auftrag erhalten. Den neuen Auftrag beziffert das Unternehmen auf 770 Millionen Euro."})
    void aContractReferredToWithAnAdjective(String text) {
        assertOneDeal("de", text, "Helsing", null, "770E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAP kaufte 30 Prozent an Aleph Alpha. Der Deal soll 21 Millionen Euro wert sein.",
        "SAP kaufte 30 Prozent an Aleph Alpha. 21 Millionen Euro soll der Kauf wert sein.",
        "SAP kaufte Aleph Alpha. Der Kauf war 21 Millionen Euro wert.",
        "SAP kaufte Aleph Alpha. Die geplante Übernahme ist 21 Millionen Euro wert."})
    void whatTheDealIsWorth(String text) {
        assertOneDeal("de", text, "Aleph Alpha", "SAP", "21E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAP kaufte für 18 Millionen Euro 30 Prozent an Quellor.",
        "SAP kaufte im Frühjahr 30 Prozent an Quellor. Der Kauf soll 18 Millionen Euro wert sein."})
    void aShareBoughtInAnUnknownCompany(String text) {
        assertOneDeal("de", text, "Quellor", "SAP", "18E6", "EUR");
    }

    /** What a company is worth stays a valuation, and backers with no amount give no deal. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Nach dem Deal ist Aleph Alpha 300 Millionen Euro wert.",
        "Aleph Alpha ist nach der Übernahme 300 Millionen Euro wert.",
        "SAP kaufte Aktien von Helsing. Die Firma ist nun 300 Millionen Euro wert.",
        "Der Vertrag mit SAP läuft bis 2030, und Aleph Alpha ist inzwischen 300 Millionen Euro wert.",
        "Die Aktie von SAP verlor 10 Prozent an Wert.",
        "Geld kam von Index Ventures. Beteiligt haben sich auch SAP und Helsing."})
    void noDeal(String text) {
        assertEquals(0, extract("de", text).size(), text + " -> " + extract("de", text));
    }
}

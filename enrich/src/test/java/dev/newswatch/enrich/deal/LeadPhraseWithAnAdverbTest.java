package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lead of a round named in a later sentence by a "led by" phrase with an adverb before its preposition ("led in
 * particular by", "guidato principalmente da", "mené en particulier par", "liderada sobre todo por", "angeführt unter
 * anderem von"), and, in German, a lead described by a compound noun ("vom Risikokapitalfonds X"). Sentences of our
 * own in the five languages.
 */
class LeadPhraseWithAnAdverbTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing raised $55 million in May. The round, led in particular by General Catalyst, will pay for hiring.|USD",
        "en|Helsing raised $55 million. The round was led mainly by General Catalyst and two banks.|USD",
        "it|Helsing ha raccolto 55 milioni di euro. Il round, guidato in particolare da General Catalyst, servirà ad "
                + "assumere.|EUR",
        "it|Helsing ha raccolto 55 milioni di euro. L'aumento è stato guidato soprattutto da General Catalyst.|EUR",
        "fr|Helsing a levé 55 millions d'euros. Le tour, mené en particulier par General Catalyst, servira à "
                + "recruter.|EUR",
        "fr|Helsing a levé 55 millions d'euros. L'opération a été menée principalement par General Catalyst.|EUR",
        "es|Helsing ha recaudado 55 millones de euros. La ronda, liderada principalmente por General Catalyst, "
                + "servirá para contratar.|EUR",
        "es|Helsing ha recaudado 55 millones de euros. La operación fue encabezada sobre todo por General "
                + "Catalyst.|EUR",
        "de|Helsing hat 55 Millionen Euro eingesammelt. Die Runde wurde unter anderem von General Catalyst "
                + "angeführt.|EUR",
        "de|Helsing hat 55 Millionen Euro eingesammelt. Angeführt wurde die Finanzierungsrunde von "
                + "dem US-Investmentfonds General Catalyst.|EUR",
        "de|Helsing hat 55 Millionen Euro eingesammelt. Angeführt wurde die Runde vom Risikokapitalfonds General "
                + "Catalyst.|EUR"})
    void theLeadNamedWithAnAdverbLeadsTheRound(String language, String text, String currency) {
        assertOneDeal(language, text, "Helsing", "General Catalyst", "55E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Helsing raised $55 million. The round mainly went to hiring, and General Catalyst sold shares.",
        "it|Helsing ha raccolto 55 milioni di dollari. Il round servirà soprattutto ad assumere, dice General Catalyst."})
    void anAdverbWithNoLeadPhraseNamesNoLead(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "55E6", "USD");
    }
}

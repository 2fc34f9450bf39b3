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
        "en|Cohere raised $80 million in May. The round, led in particular by Sequoia Capital, will pay for hiring.|USD",
        "en|Cohere raised $80 million. The round was led mainly by Sequoia Capital and two banks.|USD",
        "it|Cohere ha raccolto 80 milioni di euro. Il round, guidato in particolare da Sequoia Capital, servirà ad "
                + "assumere.|EUR",
        "it|Cohere ha raccolto 80 milioni di euro. L'aumento è stato guidato soprattutto da Sequoia Capital.|EUR",
        "fr|Cohere a levé 80 millions d'euros. Le tour, mené en particulier par Sequoia Capital, servira à "
                + "recruter.|EUR",
        "fr|Cohere a levé 80 millions d'euros. L'opération a été menée principalement par Sequoia Capital.|EUR",
        "es|Cohere ha recaudado 80 millones de euros. La ronda, liderada principalmente por Sequoia Capital, servirá "
                + "para contratar.|EUR",
        "es|Cohere ha recaudado 80 millones de euros. La operación fue encabezada sobre todo por Sequoia Capital.|EUR",
        "de|Cohere hat 80 Millionen Euro eingesammelt. Die Runde wurde unter anderem von Sequoia Capital "
                + "angeführt.|EUR",
        "de|Cohere hat 80 Millionen Euro eingesammelt. Angeführt wurde die Kapitalerhöhung von dem "
                + "US-Investmentfonds Sequoia Capital.|EUR",
        "de|Cohere hat 80 Millionen Euro eingesammelt. Angeführt wurde die Runde vom Risikokapitalfonds Sequoia "
                + "Capital.|EUR"})
    void theLeadNamedWithAnAdverbLeadsTheRound(String language, String text, String currency) {
        assertOneDeal(language, text, "Cohere", "Sequoia Capital", "80E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere raised $80 million. The round mainly went to hiring, and Sequoia Capital sold shares.",
        "it|Cohere ha raccolto 80 milioni di dollari. Il round servirà soprattutto ad assumere, dice Sequoia Capital."})
    void anAdverbWithNoLeadPhraseNamesNoLead(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "80E6", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company the table does not know, named right before a deal verb in any tense of news: the recent past ("vient de
 * lever"), the near future ("va racheter"), the passé composé of more raise verbs ("a réuni", "a mobilisé", "a
 * récolté"), and a purchase in the passé composé ("a acheté"); the same tenses in English ("has
 * just raised", "is set to buy"), Italian ("ha appena raccolto") and Spanish ("acaba de recaudar"). The French present
 * "réunit" is left out: it brings partners together more often than it raises money; so is "a finalisé", said
 * of the state as often as of a company ("L'État a finalisé une aide"). German puts the participle at
 * the end of the clause ("hat gerade ... eingesammelt") and is not covered by a phrase after the name.
 */
class NameBeforeADealVerbInAnyTenseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Velmora vient de lever 35 millions d'euros auprès de Sequoia Capital.",
        "fr|Velmora a réuni 35 millions d'euros auprès de Sequoia Capital.",
        "fr|Velmora a récolté 35 millions d'euros auprès de Sequoia Capital.",
        "fr|Velmora a mobilisé 35 millions d'euros auprès de Sequoia Capital.",
        "en|Velmora has just raised €35 million from Sequoia Capital.",
        "it|Velmora ha appena raccolto 35 milioni di euro da Sequoia Capital.",
        "es|Velmora acaba de recaudar 35 millones de euros de Sequoia Capital."})
    void anUnknownNameBeforeARaiseVerbRaises(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Sequoia Capital", "35E6", "EUR");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Velmora va racheter Korvix pour 320 millions d'euros.",
        "fr|Velmora a acheté la société Korvix pour 320 millions d'euros.",
        "fr|Velmora vient d'acquérir Korvix pour 320 millions d'euros.",
        "en|Velmora is set to buy Korvix for €320 million.",
        "it|Velmora ha appena acquisito Korvix per 320 milioni di euro.",
        "es|Velmora acaba de comprar Korvix por 320 millones de euros.",
        "de|Velmora übernimmt Korvix für 320 Millionen Euro."})
    void anUnknownNameBeforeAPurchaseVerbBuys(String language, String text) {
        assertOneDeal(language, text, "Korvix", "Velmora", "320E6", "EUR");
    }
}

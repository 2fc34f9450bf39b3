package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investor that joined another company's round with an amount, told in a compound tense ("had already taken part
 * in X's round with N", "habían participado ya en la ronda de X con N", "hatte sich mit N an der
 * Finanzierungsrunde von X beteiligt"): the subject pays and the company named after the round is paid, as in the
 * simple past. Before, the company after "de" or "von" was read as the source of the money and the subject as the
 * one paid. Sentences of our own in the five languages.
 */
class JoinedRoundInACompoundTenseTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle had already taken part in Perplexity's Series B round with $65 million.|USD",
        "en|Oracle is taking part in the new round of Perplexity with $65 million.|USD",
        "es|Oracle había participado también en la ronda Serie B de Perplexity con 65 millones de "
                + "dólares.|USD",
        "es|Oracle ha participado en la ronda de Perplexity con 65 millones de euros, según la empresa.|EUR",
        "de|Oracle hatte sich bereits mit 65 Millionen Dollar an der Finanzierungsrunde von Perplexity beteiligt.|USD",
        "de|Oracle hat sich im Mai mit 65 Millionen Euro an der Runde von Perplexity beteiligt.|EUR",
        "it|Oracle aveva già partecipato al round di finanziamento di Perplexity con 65 milioni di dollari.|USD",
        "fr|Oracle avait déjà participé au tour de financement de Perplexity avec 65 millions de dollars.|USD"})
    void theInvestorThatJoinedPaysTheCompanyOfTheRound(String language, String text, String currency) {
        assertOneDeal(language, text, "Perplexity", "Oracle", "65E6", currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Perplexity hat sich 65 Millionen Dollar gesichert, an der Runde hat sich Oracle nicht beteiligt.",
        "es|Perplexity ha recaudado 65 millones de dólares este mes en una ronda liderada por Oracle."})
    void aRaiseKeepsItsReading(String language, String text) {
        String investor = text.contains("liderada") ? "Oracle" : null;
        assertOneDeal(language, text, "Perplexity", investor, "65E6", "USD");
    }
}

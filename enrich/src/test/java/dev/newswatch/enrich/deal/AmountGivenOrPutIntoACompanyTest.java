package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Giving or putting an amount is paying it, when the amount follows the verb within three words: a government or a
 * company that gives a sum to another ("the Commerce Department will give $2.9bn to X", "lo Stato darà N a X",
 * "l'État va accorder N à X", "el Departamento de Comercio dará N a X", "Nvidia gibt X N") or puts it into another ("Amazon mette N in
 * X", "Amazon met N dans X", "Amazon pone N en X", as "puts $2bn into X" and "steckt N in X" already read). The verbs
 * with no amount after them stay no deal words ("gives X ownership of 1.3 GW"). Sentences of our own.
 */
class AmountGivenOrPutIntoACompanyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The Commerce Department will give $2.9 billion to Samsung for its Texas plant.|samsung <- commerce "
                + "2900000000 USD",
        "it|Lo Stato darà 2,9 miliardi di euro a Samsung per la fabbrica di Catania.|samsung <- italian-government "
                + "2900000000 EUR",
        "fr|L'État va accorder 2,9 milliards d'euros à Samsung pour son usine de Crolles.|samsung <- "
                + "french-government 2900000000 EUR",
        "es|El Departamento de Comercio dará 2.900 millones de dólares a Samsung para su planta.|samsung <- "
                + "commerce 2900000000 USD",
        "de|Nvidia gibt Samsung 2,9 Milliarden Euro für das neue Werk.|samsung <- nvidia 2900000000 EUR"})
    void theGiverPaysTheSum(String language, String text, String expected) {
        DealCases.assertFound(language, text, expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Amazon puts $2 billion into Anthropic.|USD",
        "it|Amazon mette 2 miliardi di euro in Anthropic.|EUR",
        "fr|Amazon met 2 milliards d'euros dans Anthropic.|EUR",
        "es|Amazon pone 2.000 millones de euros en Anthropic.|EUR",
        "de|Amazon steckt 2 Milliarden Euro in Anthropic.|EUR"})
    void theCompanyPuttingASumIntoAnotherPaysIt(String language, String text, String currency) {
        assertOneDeal(language, text, "Anthropic", "Amazon", "2E9", currency);
    }
}

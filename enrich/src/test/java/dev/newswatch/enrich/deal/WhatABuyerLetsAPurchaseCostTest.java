package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German "sich etwas N kosten lassen" (to pay N for something) in sentences of our own, with "lassen" after
 * "kosten" (perfect, modal, verb-final): the subject pays, what it lets cost it is bought. The idiom has no match in
 * the other four languages. Swiss spelling ("liess") included; "kosten" in the idiom is no distractor.
 */
class WhatABuyerLetsAPurchaseCostTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Qualcomm liess sich den Kauf von Ampere 3,1 Milliarden Dollar kosten.",
        "de|Qualcomm hat sich den Chipdesigner Ampere 3,1 Milliarden Dollar kosten lassen.",
        "de|3,1 Milliarden Dollar will sich Qualcomm den Chipdesigner Ampere kosten lassen.",
        "de|Bekannt ist, dass sich Qualcomm den Chipdesigner Ampere 3,1 Milliarden Dollar kosten ließ.",
        "de|Qualcomm hat sich die Übernahme von Ampere 3,1 Milliarden Dollar kosten lassen."})
    void theSubjectPaysForWhatItLetsCostIt(String language, String text) {
        assertOneDeal(language, text, "Ampere", "Qualcomm", "3.1E9", "USD");
    }
}

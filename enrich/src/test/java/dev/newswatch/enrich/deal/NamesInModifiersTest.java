package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name inside a hyphenated modifier before the company bought (session 15): "the acquisition of Qualcomm-chip
 * designer Informatica" buys Informatica, not Qualcomm. Written with a hyphen in English and German.
 */
class NamesInModifiersTest {

    static Stream<Arguments> theCompanyAfterTheModifierIsBought() {
        return Stream.of(
                Arguments.of("en", "Salesforce agreed to buy Qualcomm-chip designer Informatica for $8 billion."),
                Arguments.of("en", "Regulators are looking into Salesforce's $8 billion acquisition of Qualcomm-chip "
                        + "designer Informatica."),
                Arguments.of("de", "Salesforce übernimmt den Qualcomm-Chipdesigner Informatica für 8 Milliarden "
                        + "Dollar."),
                Arguments.of("de", "Die Übernahme des Qualcomm-Chipdesigners Informatica durch Salesforce für 8 "
                        + "Milliarden Dollar wird geprüft."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyAfterTheModifierIsBought(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }
}

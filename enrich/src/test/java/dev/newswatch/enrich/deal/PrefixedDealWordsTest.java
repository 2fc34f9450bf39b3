package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deal word behind a prefix and a hyphen (session 17): "méga-levée", "mega-round", "maxi-finanziamento",
 * "mega-ronda", "Mega-Finanzierung" are deal words, although a hyphen otherwise makes the word after it a modifier
 * ("AI-backed"). The prefixes are the lexicons' {@code cuePrefixes}.
 */
class PrefixedDealWordsTest {

    static Stream<Arguments> aDealWordAfterAPrefixAndAHyphenIsADealWord() {
        return Stream.of(
                Arguments.of("en", "Helsing has closed a mega-round of $330 million."),
                Arguments.of("fr", "Helsing a bouclé une méga-levée de 330 millions de dollars."),
                Arguments.of("it", "Helsing ha annunciato un maxi-finanziamento da 330 milioni di dollari."),
                Arguments.of("es", "Helsing cerró una mega-ronda de 330 millones de dólares."),
                Arguments.of("de", "Helsing meldet eine Mega-Finanzierung von 330 Millionen Dollar."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDealWordAfterAPrefixAndAHyphenIsADealWord(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "3.3E8", "USD");
    }
}

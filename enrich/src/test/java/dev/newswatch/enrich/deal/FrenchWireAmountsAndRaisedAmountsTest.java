package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An opening phrase "Avec 9,3 millions levés, X ..." whose amount has a decimal comma: the comma between digits is no
 * clause punctuation, so the name after the phrase's comma still raised the amount. Sentences of our own.
 */
class FrenchWireAmountsAndRaisedAmountsTest {

    static List<Arguments> openingPhrasesWithADecimalComma() {
        return List.of(
                Arguments.of("fr", "Avec 9,3 millions d'euros levés, Mistral AI prend la tête du classement.", "EUR"),
                Arguments.of("fr", "Avec 9,3 millions de dollars récoltés, Mistral AI occupe la première place.", "USD"),
                Arguments.of("it", "Con 9,3 milioni di euro raccolti, Mistral AI conquista il primo posto.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("openingPhrasesWithADecimalComma")
    void anAmountRaisedInAnOpeningPhraseIsTheRaiseOfTheNameAfterItsComma(String language, String text,
                                                                          String currency) {
        assertOneDeal(language, text, "Mistral AI", null, "9.3E6", currency);
    }
}

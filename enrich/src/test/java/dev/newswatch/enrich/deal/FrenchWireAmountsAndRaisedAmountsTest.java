package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two ways French pages write an amount that real pages showed: an opening phrase "Avec 9,3 millions levés, X ..."
 * whose amount has a decimal comma (the comma between digits is no clause punctuation) and may leave its currency to an
 * earlier sentence (a raise participle after a bare amount keeps it money), and the financial wires' scale glued to
 * its currency ("215 MEUR", "215 ME", "1,2 MdEUR"), and their backtick for an apostrophe ("l`acquisition").
 * Sentences of our own.
 */
class FrenchWireAmountsAndRaisedAmountsTest {

    static List<Arguments> openingPhrasesWithADecimalComma() {
        return List.of(
                Arguments.of("fr", "Avec 9,3 millions d'euros levés, Mistral AI prend la tête du classement.", "EUR"),
                Arguments.of("fr", "Les jeunes pousses ont réuni 40 millions d'euros cette semaine. Avec 9,3 millions "
                        + "levés, Mistral AI prend la tête du classement.", "EUR"),
                Arguments.of("fr", "Avec 9,3 millions de dollars récoltés, Mistral AI occupe la première place.", "USD"),
                Arguments.of("it", "Con 9,3 milioni di euro raccolti, Mistral AI conquista il primo posto.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("openingPhrasesWithADecimalComma")
    void anAmountRaisedInAnOpeningPhraseIsTheRaiseOfTheNameAfterItsComma(String language, String text,
                                                                          String currency) {
        assertOneDeal(language, text, "Mistral AI", null, "9.3E6", currency);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Salesforce rachète Cohere pour 215 MEUR.",
        "Salesforce rachète Cohere pour 215 ME, dette comprise.",
        "Salesforce a finalisé le rachat de Cohere. Prix de l'opération (215 ME en valeur d'entreprise) payé "
                + "en numéraire."})
    void aWireScaleGluedToItsCurrencyIsMillionsOfEuros(String text) {
        assertOneDeal("fr", text, "Cohere", "Salesforce", "215E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Salesforce rachète Cohere pour 1,2 MdEUR.", "Salesforce rachète Cohere pour 1,2 MdsEUR."})
    void aWireBillionScaleGluedToItsCurrencyIsBillionsOfEuros(String text) {
        assertOneDeal("fr", text, "Cohere", "Salesforce", "1.2E9", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Salesforce acquiert Cohere. Le prix global de l`acquisition est de 10 millions d`euros.",
        "Salesforce a finalisé l`acquisition de Cohere pour 10 millions d`euros."})
    void aBacktickBetweenLettersIsAnApostrophe(String text) {
        assertOneDeal("fr", text, "Cohere", "Salesforce", "10E6", "EUR");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Le chiffre d`affaires de Cohere a atteint 10 millions d`euros l`an dernier.",
        "En 2019 me semble-t-il, Cohere comptait déjà 300 salariés.",
        "Cohere affiche un chiffre d'affaires de 98 ME en 2024.",
        "Avec 9,3 millions d'utilisateurs, Cohere prend la tête du classement."})
    void aYearBeforeMeAndMoneyThatIsNoRaiseAreNoDeal(String text) {
        assertEquals(List.of(), DealCases.extract("fr", text), text);
    }
}

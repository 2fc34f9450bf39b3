package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fines as the object right after a deal verb (lexicon key {@code objectDistractors}: "multe", "fines", "amendes",
 * "multas") make the amounts the verb governs no deal, however far after the verb they stand: "ha erogato due multe a X
 * e Y, rispettivamente da N e M" gave two investments of the regulator before, the fine word standing beyond the comma
 * that closes the window read before an amount. Sentences of our own.
 */
class FineAsTheObjectOfADealVerbTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|La Commissione europea ha erogato tre multe, a Google, Amazon e Intel, pari rispettivamente a 300, 200 e "
                + "100 milioni di euro.",
        "it|Bruxelles ha erogato tre multe alle società Google e Intel, per un valore di 300 milioni di euro."})
    void aFineObjectMakesTheVerbsAmountsNoDeal(String language, String text) {
        // Given a deal verb whose object is a fine, its amounts told after a comma
        // When it is read
        // Then no deal is reported
        assertTrue(extract(language, text).isEmpty(), language + " \"" + text + "\"");
    }
}

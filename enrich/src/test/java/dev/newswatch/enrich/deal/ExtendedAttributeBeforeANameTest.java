package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An extended attribute between an article and the company noun before a name (session 25, issue #9), in sentences of
 * our own: "in das auf Sprachmodelle spezialisierte Startup X" puts the money into X, the preposition inside the
 * attribute ("auf", "mit") being part of the description. Italian puts the same description after its noun.
 */
class ExtendedAttributeBeforeANameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SoftBank investiert 2 Milliarden Dollar in das auf große Sprachmodelle spezialisierte Startup Cohere.",
        "SoftBank steckt zwei Milliarden Dollar in die mit Rechenzentren in Kanada arbeitende Firma Cohere."})
    void thePrepositionBeforeTheArticleIsTheNames(String text) {
        // Given a German name after a company noun with a long attribute opened by an article and a preposition
        // When it is read
        // Then the money goes into the name, paid by the subject
        assertOneDeal("de", text, "Cohere", "SoftBank", "2E9", "USD");
    }

    @Test
    void theItalianDescriptionAfterItsNounReadsTheSame() {
        // Given the Italian word order, the description after the company noun
        String text = "SoftBank investe due miliardi di dollari nella startup specializzata in grandi modelli linguistici "
                + "Cohere.";
        // When it is read
        // Then the money goes into the name too
        assertOneDeal("it", text, "Cohere", "SoftBank", "2E9", "USD");
    }
}

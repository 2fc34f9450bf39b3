package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import dev.newswatch.core.model.DealType;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A deal verb right after an amount and a conjunction opens a clause of its own and does not take the amount from
 * the verb before it ("X bought 49% of Y for $14bn and secured its founder", "... e si è assicurata il fondatore",
 * "... und sicherte sich den Gründer"): the purchase stays a purchase, not a raise of the buyer paid by the company
 * bought. Sentences of our own in the five languages.
 */
class DealVerbAfterAConjunctionTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Oracle recently bought 40 percent of Cohere for over $6 billion and secured founder Lea Marsh.|USD",
        "de|Oracle erwarb kürzlich 40 Prozent von Cohere für über 6 Milliarden Dollar und sicherte sich Gründerin Lea "
                + "Marsh.|USD",
        "de|Oracle erwarb 40 Prozent von Cohere für 6 Milliarden Euro und holte sich die Gründerin.|EUR",
        "it|Oracle ha acquistato il 40% di Cohere per oltre 6 miliardi di dollari e si è assicurata la fondatrice.|USD",
        "fr|Oracle a acquis 40 % de Cohere pour plus de 6 milliards d'euros et s'est assuré sa fondatrice.|EUR",
        "es|Oracle compró el 40% de Cohere por más de 6.000 millones de euros y se aseguró a su fundadora.|EUR"})
    void thePurchaseBeforeTheConjunctionKeepsItsAmount(String language, String text, String currency) {
        Assertions.assertEquals(DealType.ACQUISITION,
                assertOneDeal(language, text, "Cohere", "Oracle", "6E9", currency).type());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Cohere raised $80 million and hired forty engineers.",
        "it|Cohere ha raccolto 80 milioni di dollari e ha assunto quaranta ingegneri."})
    void aRaiseBeforeAConjunctionStaysARaise(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "80E6", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A demonstrative pronoun with its "of" ("quello di X", "quella di X", "that of X") stands for a deal noun told before;
 * the name right after it owns that deal (lexicon key {@code demonstrativesOf}). Before, a second round told as "poi
 * quello di Y da N" went to the first company of the sentence, and in "superando quella di Y, che fu acquisita per N"
 * the relative pronoun was read as referring to an earlier name, as after an apposition ("X, the rival of Y, which").
 * Sentences of our own.
 */
class DemonstrativeOwnerOfADealTest {

    @Test
    void eachRoundToldAsQuelloDiGoesToItsName() {
        // Given two rounds, the second told through "quello di" and a name right before its amount
        // When the sentence is read
        // Then each amount goes to the name it stands after
        assertDeals("it", "Tra i round più ricchi del mese c'è quello di Cohere da 80 milioni di euro, poi quello di "
                + "Mistral AI da 60 milioni.", List.of(deal("Cohere", null, "80E6", "EUR"),
                deal("Mistral AI", null, "60E6", "EUR")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Sarebbe l'acquisto più caro della storia di Google, superando quello di Informatica, che fu rilevata nel 2012 "
                + "per 12 miliardi di dollari.",
        "Per Google sarebbe un record, sopra quella di Informatica, che venne acquistata per 12 miliardi di dollari."})
    void theNameAfterADemonstrativeIsTheAntecedentOfTheRelative(String text) {
        // Given a purchase compared with an earlier one named through "quello/quella di" and a passive relative
        // When the sentence is read
        // Then the name after the demonstrative is the company bought, not the earlier name
        assertOneDeal("it", text, "Informatica", null, "12E9", "USD");
    }
}

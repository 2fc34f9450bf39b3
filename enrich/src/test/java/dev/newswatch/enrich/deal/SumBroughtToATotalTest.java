package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sum that a deal brings to a new total ("que eleva a más de N la suma", "bringing the total to N") is no deal of
 * its own: only the deal told before it is. The Spanish verb "elevar a / hasta" was missing in every tense; the other
 * languages' words were there already and are shown here with sentences of our own.
 */
class SumBroughtToATotalTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Cohere firmó con Nvidia un contrato por 650 millones de dólares en abril, que eleva a más de 2.200 "
            + "millones la suma de sus pactos.",
        "es|Cohere firmó con Nvidia un contrato por 650 millones de dólares en abril, lo que elevó hasta 2.200 "
            + "millones la suma de sus pactos.",
        "en|Cohere signed a $650 million contract with Nvidia, bringing the total to more than $2.2 billion.",
        "fr|Cohere a signé avec Nvidia un contrat de 650 millions de dollars, portant à plus de 2,2 milliards le "
            + "total de leurs accords.",
        "it|Cohere ha firmato con Nvidia un contratto da 650 milioni di dollari, portando a oltre 2,2 miliardi il "
            + "totale degli accordi.",
        "de|Cohere hat mit Nvidia einen Vertrag über 650 Millionen Dollar geschlossen, damit auf insgesamt 2,2 "
            + "Milliarden Dollar."})
    void theNewTotalIsNoDealOfItsOwn(String language, String text) {
        assertOneDeal(language, text, "Nvidia", "Cohere", "650E6", "USD");
    }
}

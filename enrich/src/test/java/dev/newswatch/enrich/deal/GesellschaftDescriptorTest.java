package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * German compounds in "-gesellschaft" describe the company named after them (session 25, issue #9), in sentences of
 * our own: "die Telefongesellschaft X", "die Fluggesellschaft X" name X alone, as Italian "la compagnia telefonica X".
 */
class GesellschaftDescriptorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Für 5 Milliarden Dollar übernimmt die Telefongesellschaft Tandrix Systems die Firma Cohere.",
        "Die Fluggesellschaft Tandrix Systems kauft den Rivalen Cohere für 5 Milliarden Dollar."})
    void theCompoundIsNoPartOfTheName(String text) {
        // Given an unknown buyer named after a compound in "-gesellschaft"
        // When it is read
        // Then the buyer is the name alone
        assertOneDeal("de", text, "Cohere", "Tandrix Systems", "5E9", "USD");
    }

    @Test
    void theItalianDescriptionBeforeTheNameReadsTheSame() {
        // Given the Italian description of the same buyer
        String text = "La compagnia telefonica Tandrix Systems compra Cohere per 5 miliardi di dollari.";
        // When it is read
        // Then the buyer is the name alone
        assertOneDeal("it", text, "Cohere", "Tandrix Systems", "5E9", "USD");
    }
}

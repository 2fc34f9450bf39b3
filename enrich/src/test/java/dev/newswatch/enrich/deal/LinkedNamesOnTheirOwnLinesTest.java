package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round-ups copied from pages that put each linked company name on a line of its own (session 26): a line that ends
 * with a function word of three letters or more ("per", "for", "pour", "por", "für") goes on in the next line, which
 * starts with the name; the sentence is not cut before it.
 */
class LinkedNamesOnTheirOwnLinesTest {

    static Stream<Arguments> aLineEndingWithAPrepositionGoesOn() {
        return Stream.of(
                Arguments.of("it", "Nel trimestre spicca l'acquisizione da parte di\nSalesforce di\nInformatica per 8 "
                        + "miliardi di dollari, con l'offerta di\nQualcomm per 4 miliardi di dollari per\nAmpere a "
                        + "seguire."),
                Arguments.of("en", "In the quarter\nQualcomm agreed to pay $4 billion for\nAmpere, the chip designer, "
                        + "while\nSalesforce paid $8 billion for\nInformatica."),
                Arguments.of("es", "El trimestre estuvo marcado por la oferta de\nQualcomm de 4.000 millones de dólares por\n"
                        + "Ampere y la compra de\nInformatica por parte de\nSalesforce por 8.000 millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLineEndingWithAPrepositionGoesOn(String language, String text) {
        // Given a round-up sentence cut into lines before each company name, some lines ending with a longer preposition
        // When the deals are read
        // Then the sentence is read whole and each price goes with its own parties
        List<DealCases.Expected> expected = "it".equals(language)
                ? List.of(deal("Informatica", "Salesforce", "8E9", "USD"), deal("Ampere", "Qualcomm", "4E9", "USD"))
                : List.of(deal("Ampere", "Qualcomm", "4E9", "USD"), deal("Informatica", "Salesforce", "8E9", "USD"));
        assertDeals(language, text, expected);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The buyer of a sale named in the next sentence (session 16): "Intel sold its unit Silo AI for €900m. The buyer is
 * Salesforce", "El comprador ha sido", "L'acquéreur est", "L'acquirente è", "Käufer ist". The sale told without a
 * buyer takes the first name after those words.
 */
class BuyerNamedAfterTest {

    static Stream<Arguments> theBuyerNamedInTheNextSentenceBuys() {
        return Stream.of(
                Arguments.of("en", "Intel has agreed the sale of Silo AI for about 900 million euros. The buyer is "
                        + "Salesforce, which beat two funds in the auction."),
                Arguments.of("es", "Intel ha firmado la venta de su filial Silo AI por unos 900 millones de euros tras una "
                        + "subasta. El comprador ha sido Salesforce, que superó la oferta de dos fondos."),
                Arguments.of("fr", "Intel a conclu la cession de Silo AI pour environ 900 millions d'euros. "
                        + "L'acquéreur est Salesforce, qui l'a emporté face à deux fonds."),
                Arguments.of("it", "Intel ha chiuso la cessione di Silo AI per circa 900 milioni di euro. "
                        + "L'acquirente è Salesforce, che ha battuto due fondi nell'asta."),
                Arguments.of("de", "Intel hat den Verkauf von Silo AI für rund 900 Millionen Euro vereinbart. Käufer "
                        + "ist Salesforce, das sich gegen zwei Fonds durchsetzte."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theBuyerNamedInTheNextSentenceBuys(String language, String text) {
        assertOneDeal(language, text, "Silo AI", "Salesforce", "900E6", "EUR");
    }
}

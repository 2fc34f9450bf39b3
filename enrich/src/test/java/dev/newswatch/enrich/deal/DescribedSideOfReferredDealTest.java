package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deal told without an amount, then a sentence whose subject is a description of one of its sides and which gives
 * the amount of "this deal" ("cette opération", "questa operazione", "diese Transaktion"): the amount is that deal's,
 * with both its sides, also when an authority that approved it is named in the same clause.
 */
class DescribedSideOfReferredDealTest {

    static Stream<Arguments> theDescribedSideOfAReferredDealTakesItsBothSides() {
        return Stream.of(
                Arguments.of("fr", "Bercy donne son accord à l'acquisition de Velmora par Quintel. L'éditeur américain "
                        + "a reçu l'aval des autorités de l'Economie sur cette opération, chiffrée à 1,6 milliard "
                        + "de dollars."),
                Arguments.of("it", "Via libera all'acquisizione di Velmora da parte di Quintel. Il gruppo americano ha "
                        + "ottenuto l'autorizzazione per questa operazione da 1,6 miliardi di dollari."),
                Arguments.of("es", "Luz verde a la compra de Velmora por parte de Quintel. El grupo estadounidense "
                        + "obtuvo la aprobación para esta operación, valorada en unos 1.600 millones de dólares."),
                Arguments.of("de", "Die Behörden erlauben die Übernahme von Velmora durch Quintel. Der US-Konzern "
                        + "erhielt die Genehmigung für diese Transaktion im Wert von 1,6 Milliarden Dollar."),
                Arguments.of("en", "Regulators cleared the acquisition of Velmora by Quintel. The American group "
                        + "obtained approval for this transaction worth $1.6 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescribedSideOfAReferredDealTakesItsBothSides(String language, String text) {
        assertOneDeal(language, text, "Velmora", "Quintel", "1.6E9", "USD");
    }
}

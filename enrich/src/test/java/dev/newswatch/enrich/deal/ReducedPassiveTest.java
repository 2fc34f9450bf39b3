package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A participle of buying right after a name and a comma, with no auxiliary ("la néerlandaise Quintel, rachetée pour
 * 100 millions", "Quintel, acquired for €100m"): a passive whose subject is that name. With no agent, the buyer is the
 * one of the purchase told just before, not the first company that sentence names.
 */
class ReducedPassiveTest {

    static Stream<Arguments> aNameBoughtInAReducedPassiveHasTheBuyerOfTheSeries() {
        return Stream.of(
                Arguments.of("fr", "L'an dernier, Salesforce avait acquis la start-up Velmora pour 90 millions d'euros. "
                        + "Puis il y a eu la néerlandaise Quintel, rachetée pour 95 millions d'euros."),
                Arguments.of("en", "Last year Salesforce acquired the start-up Velmora for 90 million euros. Then "
                        + "came the Dutch start-up Quintel, acquired for 95 million euros."),
                Arguments.of("it", "L'anno scorso Salesforce aveva acquisito la startup Velmora per 90 milioni di euro. "
                        + "Poi è arrivata l'olandese Quintel, acquisita per 95 milioni di euro."),
                Arguments.of("es", "El año pasado Salesforce adquirió la startup Velmora por 90 millones de euros. "
                        + "Después llegó la neerlandesa Quintel, adquirida por 95 millones de euros."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameBoughtInAReducedPassiveHasTheBuyerOfTheSeries(String language, String text) {
        assertDeals(language, text, List.of(deal("Velmora", "Salesforce", "90000000", "EUR"),
                deal("Quintel", "Salesforce", "95000000", "EUR")));
    }
}

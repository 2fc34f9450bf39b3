package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a German round-up says which company a share of the period's money went to (session 26): a verb of falling to
 * with "auf" ("Der größte Teil entfiel mit N auf X und mit M auf Y", "N entfielen auf X"), a verb of going whose
 * subject comes after a fronted amount ("Mit N ging die größte Summe an X"), and a separable raise verb in a headline,
 * whose particle ends the line instead of a full stop ("X nahm N auf"). A share of revenue, or of spending that falls to
 * a country, is no deal.
 */
class AmountFallingToACompanyTest {

    static Stream<Arguments> theCompanyTheAmountFallsToIsPaid() {
        return Stream.of(
                Arguments.of("Vom Geld des Jahres entfiel der größte Teil mit 450 Mio. Euro auf den Drohnenbauer "
                        + "Helsing und mit rund 180 Mio. Euro auf die Sprachmodellfirma Cohere.",
                        List.of(deal("Helsing", null, "4.5E8", "EUR"), deal("Cohere", null, "1.8E8", "EUR"))),
                Arguments.of("Im Herbst entfielen 450 Mio. Euro auf Helsing.",
                        List.of(deal("Helsing", null, "4.5E8", "EUR"))),
                Arguments.of("Mit 450 Mio. Euro ging die größte Summe an den Drohnenbauer Helsing.",
                        List.of(deal("Helsing", null, "4.5E8", "EUR"))),
                Arguments.of("Helsing nahm 450 Mio. Euro auf\nDer Drohnenbauer aus München will damit wachsen.",
                        List.of(deal("Helsing", null, "4.5E8", "EUR"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void theCompanyTheAmountFallsToIsPaid(String text, List<DealCases.Expected> expected) {
        // Given a round-up sentence or headline that gives a company its share of the money
        // When the deals are extracted
        // Then that company is paid the amount
        assertDeals("de", text, expected);
    }

    static Stream<Arguments> aShareOfRevenueOrOfACountryIsNoDeal() {
        return Stream.of(
                Arguments.of("Vom Umsatz des Quartals entfielen 450 Mio. Euro auf Helsing."),
                Arguments.of("Von den Ausgaben für Rechenzentren entfielen 450 Mio. Euro auf Frankreich."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void aShareOfRevenueOrOfACountryIsNoDeal(String text) {
        // Given a share of revenue, or of spending that falls to a country
        // When the deals are extracted
        // Then none is found
        assertEquals(List.of(), DealCases.extract("de", text), text);
    }
}

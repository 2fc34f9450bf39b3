package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A total raised so far that names one of its rounds (session 16): "Helsing has raised $780m to date, including a
 * $450m series C last spring". The total is no deal; the round named after "including" ("incluyendo", "dont",
 * "incluso", "darunter") is, also when its amount has no currency of its own and a time phrase follows it
 * ("una serie C de 450 millones el año pasado").
 */
class RoundsInsideTotalsTest {

    static Stream<Arguments> theRoundNamedInsideARunningTotalIsTheDeal() {
        return Stream.of(
                Arguments.of("en", "Helsing has raised $780 million so far, including a $450 million series C "
                        + "last spring.", "450E6"),
                Arguments.of("es", "Helsing acumula 780 millones de dólares desde su fundación, incluyendo su serie C "
                        + "de 450 millones la primavera pasada.", "450E6"),
                Arguments.of("es", "En total Helsing ha obtenido 780 millones de dólares desde su fundación, "
                        + "incluyendo una ronda de 450 millones el año pasado.", "450E6"),
                Arguments.of("fr", "Helsing a levé 780 millions de dollars depuis sa création, dont 450 millions de "
                        + "dollars obtenus en série C au printemps.", "450E6"),
                Arguments.of("it", "Finora Helsing ha raccolto 780 milioni di dollari, incluso un round di serie C da "
                        + "450 milioni lo scorso anno.", "450E6"),
                Arguments.of("de", "Helsing hat bisher 780 Millionen Dollar eingesammelt, darunter eine "
                        + "Serie-C-Runde über 450 Millionen im Frühjahr.", "450E6"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theRoundNamedInsideARunningTotalIsTheDeal(String language, String text, String amount) {
        assertOneDeal(language, text, "Helsing", null, amount, "USD");
    }

    static Stream<Arguments> aTotalThatNamesNoRoundStaysNoDeal() {
        return Stream.of(
                Arguments.of("en", "Helsing has raised $780 million to date, including money from its founders."),
                Arguments.of("es", "Helsing suma 780 millones de dólares captados desde su creación, con deuda por "
                        + "450 millones el año pasado."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aTotalThatNamesNoRoundStaysNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

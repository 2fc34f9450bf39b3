package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount as the subject of a verb of going or flowing (session 16), as round-ups of a period's funding write it:
 * "$600m went to X", "600 Millionen Euro gingen an X", "600 milioni sono andati a X". The company after "to" is paid;
 * in a list that leaves the verb out of its later items ("and $400m to Y"), each amount goes to the company of its
 * own item, also when the later amount has no currency of its own.
 */
class AmountGoesToTest {

    static Stream<Arguments> theCompanyTheAmountGoesToIsPaid() {
        return Stream.of(
                Arguments.of("en", "Of this year's venture money, $450 million went to the drone maker Helsing."),
                Arguments.of("en", "A further $450 million will flow into Helsing, the defence start-up."),
                Arguments.of("de", "Vom Risikokapital des Jahres gingen 450 Millionen Dollar an den Drohnenbauer "
                        + "Helsing."),
                Arguments.of("de", "Im Halbjahr flossen 450 Millionen Dollar allein in Helsing."),
                Arguments.of("it", "Del capitale di rischio dell'anno, 450 milioni di dollari sono andati al "
                        + "produttore di droni Helsing."),
                Arguments.of("fr", "Sur le capital-risque de l'année, 450 millions de dollars sont allés au fabricant "
                        + "de drones Helsing."),
                Arguments.of("es", "Del capital riesgo del año, 450 millones de dólares fueron al fabricante de "
                        + "drones Helsing."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyTheAmountGoesToIsPaid(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "4.5E8", "USD");
    }

    static Stream<Arguments> eachListedAmountGoesToItsOwnCompany() {
        return Stream.of(
                Arguments.of("en", "In the quarter $700 million went to Poolside and $300 million to the model "
                        + "maker Cohere."),
                Arguments.of("de", "Im Quartal gingen 700 Millionen Euro an Poolside, 300 Millionen an den "
                        + "Modellentwickler Cohere."),
                Arguments.of("it", "Nel trimestre 700 milioni di euro sono andati a Poolside e 300 milioni al "
                        + "creatore di modelli Cohere."),
                Arguments.of("fr", "Au trimestre, 700 millions d'euros sont allés à Poolside et 300 millions au "
                        + "concepteur de modèles Cohere."),
                Arguments.of("es", "En el trimestre, 700 millones de euros fueron a Poolside y 300 millones al "
                        + "desarrollador de modelos Cohere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachListedAmountGoesToItsOwnCompany(String language, String text) {
        String currency = language.equals("en") ? "USD" : "EUR";
        assertDeals(language, text, List.of(deal("Poolside", null, "7E8", currency),
                deal("Cohere", null, "3E8", currency)));
    }

    @Test
    void moneyFlowingIntoAKindOfCompanyIsNoDeal() {
        // the subject is "so viel Geld", not the amount, and no company is named
        assertDeals("de", "Rund 75 Milliarden Dollar: so viel Geld ging im Halbjahr weltweit an Start-ups.", List.of());
        assertDeals("en", "Some $80 billion went to young companies worldwide in the quarter.", List.of());
    }
}

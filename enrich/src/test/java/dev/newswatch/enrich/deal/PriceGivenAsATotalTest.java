package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The price of one contract or sale given as a total ("por un importe total de N", "pour un montant total de N"),
 * the way Spanish and French award notices write it (real news, docs/EXTRACTION.md, session 35, in sentences of our
 * own), against the total of several deals, which stays no deal.
 */
class PriceGivenAsATotalTest {

    static Stream<Arguments> priceOfOneDeal() {
        return Stream.of(
                Arguments.of("es", "Telefónica adjudicó a Kelvra un contrato de mantenimiento por un importe total de "
                        + "140 millones de euros.", "Kelvra", "Telefónica", "140E6", "EUR"),
                Arguments.of("es", "La Bundeswehr ha adjudicado a Orivo Energy el suministro por importe total de 95,4 "
                        + "millones de euros.", "Orivo Energy", "Bundeswehr", "95.4E6", "EUR"),
                Arguments.of("es", "Eni adjudicó a Kelvra dos plantas por un valor total de 310 millones de euros.",
                        "Kelvra", "Eni", "310E6", "EUR"),
                Arguments.of("es", "Samsung firmó con Kelvra un contrato por un monto total de 220 millones de "
                        + "dólares.", "Kelvra", "Samsung", "220E6", "USD"),
                Arguments.of("fr", "Eni a attribué à Kelvra un contrat pour un montant total de 180 millions "
                        + "d'euros.", "Kelvra", "Eni", "180E6", "EUR"),
                Arguments.of("fr", "Orivo Energy a remporté auprès de Telefónica un contrat d'un montant total de 75 "
                        + "millions d'euros.", "Orivo Energy", "Telefónica", "75E6", "EUR"));
    }

    @ParameterizedTest
    @MethodSource
    void priceOfOneDeal(String language, String text, String target, String investor, String amount,
                        String currency) {
        assertOneDeal(language, text, target, investor, amount, currency);
    }

    static Stream<Arguments> totalOfManyDeals() {
        return Stream.of(
                Arguments.of("es", "El importe total de los contratos adjudicados este año a Kelvra sube a 900 "
                        + "millones de euros."),
                Arguments.of("fr", "Le montant total levé par Kelvra depuis sa création atteint 300 millions "
                        + "d'euros."));
    }

    @ParameterizedTest
    @MethodSource
    void totalOfManyDeals(String language, String text) {
        assertEquals(0, extract(language, text).size(), language + " \"" + text + "\"");
    }
}

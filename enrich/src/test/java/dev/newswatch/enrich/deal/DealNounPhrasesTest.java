package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deals told as noun phrases (session 15): "the acquisition of X by Y, valued at $8bn" (the value words give the
 * deal's amount, also with the names of what is bought and who buys between the deal noun and them), and "el acuerdo
 * de Y para adquirir X" (the one whose deal it is buys).
 */
class DealNounPhrasesTest {

    static Stream<Arguments> aDealOfXByYValuedAtIsItsAmount() {
        return Stream.of(
                Arguments.of("en", "Regulators cleared the acquisition of Informatica by Salesforce, valued at "
                        + "$8 billion."),
                Arguments.of("it", "L'acquisizione di Informatica da parte di Salesforce, del valore di 8 miliardi di "
                        + "dollari, è stata approvata."),
                Arguments.of("de", "Die Übernahme von Informatica durch Salesforce im Wert von 8 Milliarden Dollar "
                        + "wurde genehmigt."),
                Arguments.of("fr", "L'acquisition d'Informatica par Salesforce, évaluée à 8 milliards de dollars, est "
                        + "désormais close."),
                Arguments.of("es", "La adquisición de Informatica por parte de Salesforce, valorada en 8.000 millones "
                        + "de dólares, se cerró ayer."),
                Arguments.of("es", "En julio llegó la compra de Informatica por parte de Salesforce, valorada en 8.000 "
                        + "millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDealOfXByYValuedAtIsItsAmount(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }

    static Stream<Arguments> theOwnerOfTheDealBuys() {
        return Stream.of(
                Arguments.of("en", "The case everyone cites is Salesforce's agreement to acquire Informatica for "
                        + "$8 billion."),
                Arguments.of("es", "El caso más citado fue el acuerdo de Salesforce para adquirir Informatica por "
                        + "8.000 millones de dólares."),
                Arguments.of("es", "La oferta de Salesforce para comprar Informatica asciende a 8.000 millones de "
                        + "dólares."),
                Arguments.of("it", "Il caso più citato resta l'accordo di Salesforce per acquisire Informatica per 8 "
                        + "miliardi di dollari."),
                Arguments.of("fr", "Le cas le plus cité reste l'accord de Salesforce pour racheter Informatica pour 8 "
                        + "milliards de dollars."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theOwnerOfTheDealBuys(String language, String text) {
        assertOneDeal(language, text, "Informatica", "Salesforce", "8E9", "USD");
    }

    static Stream<Arguments> aDescriptionWithADealWordValuesTheCompany() {
        return Stream.of(
                Arguments.of("es", "El portal de compra y venta de muebles antiguos Velmora, que llegó a estar "
                        + "valorado en 8.000 millones de dólares, despide a un tercio de su plantilla."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aDescriptionWithADealWordValuesTheCompany(String language, String text) {
        assertEquals(List.of(), DealCases.extract(language, text), text);
    }
}

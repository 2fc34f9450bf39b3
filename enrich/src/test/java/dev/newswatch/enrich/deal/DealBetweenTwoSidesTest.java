package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A deal noun with its two sides named right after "between" (lexicon key {@code between}: "tra", "entre",
 * "zwischen"): "the $2bn agreement between X and Y", "il contratto tra X e Y ... per un valore di N". With no verb to
 * say who pays and neither side a seller of compute, the first named pays the second, as news name the buyer or the
 * investor first. Three names after "between" are no pair.
 */
class DealBetweenTwoSidesTest {

    static Stream<Arguments> theFirstSideNamedAfterBetweenPaysTheSecond() {
        return Stream.of(
                Arguments.of("en", "The $2 billion agreement between Samsung and Cohere was signed on Monday."),
                Arguments.of("it", "L'accordo da 2 miliardi di dollari tra Samsung e Cohere è stato firmato "
                        + "lunedì."),
                Arguments.of("fr", "L'accord de 2 milliards de dollars entre Samsung et Cohere a été signé lundi."),
                Arguments.of("es", "El acuerdo de 2.000 millones de dólares entre Samsung y Cohere se firmó el "
                        + "lunes."),
                Arguments.of("de", "Die Vereinbarung über 2 Milliarden Dollar zwischen Samsung und Cohere wurde am "
                        + "Montag unterzeichnet."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theFirstSideNamedAfterBetweenPaysTheSecond(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Samsung", "2E9", "USD");
    }

    static Stream<Arguments> anAmountAfterTheTwoSidesIsTheirDeal() {
        return Stream.of(
                Arguments.of("en", "The contract signed between Samsung and Cohere for software licences, for a total "
                        + "of $2 billion, runs for five years."),
                Arguments.of("it", "Il contratto firmato fra Samsung e Cohere per licenze software, per un valore "
                        + "complessivo di 2 miliardi di dollari, durerà cinque anni."),
                Arguments.of("fr", "Le contrat signé entre Samsung et Cohere pour des licences logicielles, d'une "
                        + "valeur totale de 2 milliards de dollars, court sur cinq ans."),
                Arguments.of("de", "Der Vertrag zwischen Samsung und Cohere über Softwarelizenzen im Wert von "
                        + "insgesamt 2 Milliarden Dollar läuft fünf Jahre."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anAmountAfterTheTwoSidesIsTheirDeal(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Samsung", "2E9", "USD");
    }

    static Stream<Arguments> theSecondSideMayBeDescribedBeforeItsName() {
        return Stream.of(
                Arguments.of("en", "It was a $2 billion deal, the one struck last spring between Samsung and the model "
                        + "maker, Cohere."),
                Arguments.of("it", "Si trattava di un affare da 2 miliardi di dollari, quello concluso la scorsa "
                        + "primavera tra Samsung e lo sviluppatore di modelli, Cohere."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theSecondSideMayBeDescribedBeforeItsName(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Samsung", "2E9", "USD");
    }

    static Stream<Arguments> threeNamesAfterBetweenAreNoPair() {
        return Stream.of(
                Arguments.of("en", "The $2 billion agreement between Samsung, Cohere and Helsing was signed on "
                        + "Monday."),
                Arguments.of("it", "L'accordo da 2 miliardi di dollari tra Samsung, Cohere e Helsing è stato firmato "
                        + "lunedì."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void threeNamesAfterBetweenAreNoPair(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

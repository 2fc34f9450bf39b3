package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Constructions of Italian deal news, in sentences of our own: a bid whose price stands between the noun and the
 * company sought ("un'opa da N su X", lexicon key bidOn; "da N in Borsa" stays no company sought, see
 * OfferOnTheCompanySoughtTest); "ops" and "opas" as bid nouns.
 */
class ItalianNewsConstructionsTest {

    static Stream<Arguments> aPriceBetweenTheBidNounAndTheCompanySought() {
        return Stream.of(
                Arguments.of("it", "Broadcom ha lanciato un'offerta da 60 miliardi di dollari su Qualcomm."),
                Arguments.of("it", "Broadcom lancia un'opa da 60 miliardi di dollari su Qualcomm"),
                Arguments.of("it", "Broadcom ha presentato un'ops da 60 miliardi di dollari su Qualcomm."),
                Arguments.of("it", "Broadcom annuncia un'opas da 60 miliardi di dollari sulla Qualcomm."),
                Arguments.of("it", "Broadcom ha lanciato un'offerta pubblica di scambio da 60 miliardi di dollari su "
                        + "Qualcomm."),
                Arguments.of("it", "Broadcom prepara un'opa totalitaria da 60 miliardi di dollari su Qualcomm."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPriceBetweenTheBidNounAndTheCompanySought(String language, String text) {
        assertOneDeal(language, text, "Qualcomm", "Broadcom", "60E9", "USD");
    }
}

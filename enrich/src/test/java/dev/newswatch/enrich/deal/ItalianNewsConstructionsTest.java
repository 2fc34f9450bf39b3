package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Constructions of Italian deal news, in sentences of our own: a bid whose price stands between the noun and the
 * company sought ("un'opa da N su X", lexicon key bidOn; "da N in Borsa" stays no company sought, see
 * OfferOnTheCompanySoughtTest); "ops" and "opas" as bid nouns; "X si prende Y" as a purchase (not "si prende cura", "si
 * prende una pausa"); and "noto come X" (known as), which names X itself rather than listing an example. (An amount
 * without a currency before a preposition, "altri 400 milioni entro dicembre", was tried as money and left out: it
 * added a wrong large detection on two unread sets and gained none there.)
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Broadcom si prende VMware per 61 miliardi di dollari",
        "Broadcom si è presa VMware per 61 miliardi di dollari.",
        "Acquisizione da 61 miliardi di dollari: Broadcom si prende VMware"})
    void takingACompanyForItselfIsAPurchase(String text) {
        assertOneDeal("it", text, "VMware", "Broadcom", "61E9", "USD");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Broadcom si prende cura dei clienti di VMware con un fondo da 61 milioni di dollari.",
        "Broadcom si prende una pausa: niente acquisti da 61 miliardi di dollari quest'anno."})
    void takingCareOrABreakIsNoPurchase(String text) {
        assertEquals(List.of(), DealCases.extract("it", text), text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "Un gruppo conosciuto come Ampere ha ottenuto 2 miliardi di dollari da Oracle.",
        "Un produttore poco noto come Ampere ha ottenuto 2 miliardi di dollari da Oracle."})
    void aCompanyKnownAsANameIsThatName(String text) {
        assertOneDeal("it", text, "Ampere", "Oracle", "2E9", "USD");
    }
}

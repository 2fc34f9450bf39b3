package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A lead investor described in an aside set off by two free-standing dashes or by brackets before its verb (session
 * 16): "il fondo Velmora - una società di gestione milanese - ha guidato un round ... a favore di Brontix". The aside
 * is read past as an apposition between commas was already, so the verb of leading still follows the fund, which pays;
 * before, the fund was taken for the company that raised.
 */
class AsidesBetweenDashesTest {

    static Stream<Arguments> theFundBeforeTheAsideLeadsTheRound() {
        return Stream.of(
                Arguments.of("it", "Il fondo Velmora - una società di gestione milanese - ha guidato un round da "
                        + "140 milioni di dollari a beneficio di Brontix, azienda che costruisce robot.", "Brontix", "Velmora"),
                Arguments.of("it", "Il fondo Velmora (una società di gestione milanese) ha guidato un round da 140 "
                        + "milioni di dollari per Brontix, azienda di robotica.", "Brontix", "Velmora"),
                Arguments.of("it", "Il fondo Sequoia - controllato da una holding di Quintel - ha co-guidato un round "
                        + "da 140 milioni di dollari che va a Cohere.", "Cohere", "Sequoia Capital"),
                Arguments.of("de", "Sequoia - der Fonds der Familie Quintel - führte eine Finanzierungsrunde über "
                        + "140 Millionen Dollar bei Cohere an.", "Cohere", "Sequoia Capital"),
                Arguments.of("en", "Velmora Capital - a Milan asset manager - led a $140 million round in Brontix, a "
                        + "robotics company.", "Brontix", "Velmora Capital"),
                Arguments.of("fr", "Le fonds Velmora - un gérant d'actifs milanais - a mené une levée de "
                        + "140 millions de dollars en faveur de Brontix, une société de robotique.", "Brontix", "Velmora"),
                Arguments.of("es", "El fondo Velmora - una gestora milanesa - lideró una ronda de 140 millones de "
                        + "dólares a favor de Brontix, una empresa de robótica.", "Brontix", "Velmora"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theFundBeforeTheAsideLeadsTheRound(String language, String text, String target, String investor) {
        assertOneDeal(language, text, target, investor, "140E6", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A list of deals written as "name (amount)" where one bracket also says what kind of money it was ("in a Series E",
 * "en série E"): every bracket is still the deal of the name right before it. Before, only a bracket holding the
 * amount alone counted as a list item, so the list was not read as one and the round word inside the second bracket
 * took every amount of the sentence for its own name.
 */
class BracketedItemWithKindTest {

    static Stream<Arguments> eachBracketPaysTheNameBeforeIt() {
        return Stream.of(
                Arguments.of("en", "A few other deals, for example Poolside ($2 billion) and Helsing ($650 million in "
                        + "a Series E), lifted the totals."),
                Arguments.of("it", "Alcuni altri accordi, per esempio Poolside (2 miliardi di dollari) e Helsing "
                        + "(650 milioni di dollari in una serie E), hanno gonfiato i totali."),
                Arguments.of("de", "Einige andere Deals, etwa Poolside (2 Milliarden Dollar) und Helsing "
                        + "(650 Millionen Dollar in einer Serie E), trieben die Summen nach oben."),
                Arguments.of("fr", "Quelques autres accords, par exemple Poolside (2 milliards de dollars) et Helsing "
                        + "(650 millions de dollars en série E), ont gonflé les totaux."),
                Arguments.of("es", "Otros acuerdos, por ejemplo Poolside (2.000 millones de dólares) y Helsing "
                        + "(650 millones de dólares en una serie E), inflaron los totales."));
    }

    static Stream<Arguments> theKindMayFollowTheFirstItem() {
        return Stream.of(
                Arguments.of("en", "A few other deals, for example Poolside ($2 billion in a Series C) and Helsing "
                        + "($650 million), lifted the totals."),
                Arguments.of("fr", "Quelques autres accords, par exemple Poolside (2 milliards de dollars en série C) "
                        + "et Helsing (650 millions de dollars), ont gonflé les totaux."),
                Arguments.of("es", "Otros acuerdos, por ejemplo Poolside (2.000 millones de dólares en una serie C) "
                        + "y Helsing (650 millones de dólares), inflaron los totales."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void eachBracketPaysTheNameBeforeIt(String language, String text) {
        assertDeals(language, text, List.of(deal("Poolside", null, "2E9", "USD"),
                deal("Helsing", null, "6.5E8", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theKindMayFollowTheFirstItem(String language, String text) {
        assertDeals(language, text, List.of(deal("Poolside", null, "2E9", "USD"),
                deal("Helsing", null, "6.5E8", "USD")));
    }
}

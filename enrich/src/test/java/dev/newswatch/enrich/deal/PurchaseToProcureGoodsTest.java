package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Procure" is a purchase verb: a seller of compute that signs an agreement with a maker to procure its servers pays
 * the maker, as with "buy" or "purchase" (session 17, English).
 */
class PurchaseToProcureGoodsTest {

    static Stream<Arguments> theCompanyThatProcuresGoodsPaysTheirMaker() {
        return Stream.of(
                Arguments.of("en", "CoreWeave has signed a second agreement with Nvidia to procure processors and "
                        + "networking gear for about $3 billion."),
                Arguments.of("en", "CoreWeave procured servers from Nvidia for $3 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyThatProcuresGoodsPaysTheirMaker(String language, String text) {
        assertOneDeal(language, text, "Nvidia", "CoreWeave", "3E9", "USD");
    }
}

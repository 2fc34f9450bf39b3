package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two investors joined by "and" are both subjects of the verb: neither is the company paid. With the verb at the
 * end of a German clause ("..., dass X und Y 200 Millionen in Z investieren", "X und Y haben sich an Z beteiligt"),
 * the company paid is looked for after the last of them; a round whose owner is not named gives no deal rather
 * than paying the second investor. A round with several investors named together has the first of them as its
 * investor, as the labels count it (session 31; before, none).
 */
class CoordinatedSubjectsTest {

    static Stream<Arguments> theCompanyPaidComesAfterTheJoinedInvestors() {
        return Stream.of(
                Arguments.of("de", "Bekannt wurde, dass Nvidia und Microsoft 200 Millionen Dollar in Mistral AI "
                        + "investieren."),
                Arguments.of("de", "Nvidia und Microsoft wollen 200 Millionen Dollar in Mistral AI investieren."),
                Arguments.of("de", "Nvidia und Microsoft haben sich mit 200 Millionen Dollar an Mistral AI beteiligt."),
                Arguments.of("en", "Nvidia and Microsoft have invested $200 million in Mistral AI."),
                Arguments.of("it", "Nvidia e Microsoft hanno investito 200 milioni di dollari in Mistral AI."),
                Arguments.of("fr", "Nvidia et Microsoft ont investi 200 millions de dollars dans Mistral AI."),
                Arguments.of("es", "Nvidia y Microsoft invirtieron 200 millones de dólares en Mistral AI."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyPaidComesAfterTheJoinedInvestors(String language, String text) {
        assertOneDeal(language, text, "Mistral AI", "Nvidia", "2E8", "USD");
    }

    static Stream<Arguments> aJoinedInvestorIsNeverPaid() {
        return Stream.of(
                Arguments.of("de", "Nvidia und Microsoft beteiligen sich an der Runde über 200 Millionen Dollar."),
                Arguments.of("de", "Nvidia und Microsoft wollen 200 Millionen Dollar investieren."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aJoinedInvestorIsNeverPaid(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

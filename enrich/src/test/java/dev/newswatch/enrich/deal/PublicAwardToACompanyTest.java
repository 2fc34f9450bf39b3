package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Public money told as "an award to" a company ("a $7bn award to Intel"): the award is paid by the government the
 * article named before, like "awarded to" and "awards of" (session 17, English).
 */
class PublicAwardToACompanyTest {

    static Stream<Arguments> anAwardToACompanyIsPaidByTheDepartmentNamedBefore() {
        return Stream.of(
                Arguments.of("en", "The Commerce Department wrapped up several chip subsidies this week. First among "
                        + "them is a $6 billion award to Intel, smaller than first planned."),
                Arguments.of("en", "The Commerce Department wrapped up several chip subsidies this week. The largest "
                        + "is a final award to Intel of $6 billion."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anAwardToACompanyIsPaidByTheDepartmentNamedBefore(String language, String text) {
        assertFound(language, text, "intel <- commerce 6000000000 USD");
    }
}

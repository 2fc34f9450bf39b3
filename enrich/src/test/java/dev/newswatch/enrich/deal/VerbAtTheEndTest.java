package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * German puts the verb at the end of a subordinate clause and after a modal or an auxiliary. A separable verb is
 * then written as one word ("sammelt ... ein" becomes "..., das 600 Millionen Euro einsammelte", "wirbt ... ein"
 * becomes "einwarb", "gibt ... aus" becomes "ausgab"): the joined forms are deal verbs like the split ones. And the
 * company paid for stands before such a verb after "für" ("X hat für Y 900 Millionen gezahlt"), as it stands after
 * the verb in "X zahlte für Y 900 Millionen".
 */
class VerbAtTheEndTest {

    static Stream<Arguments> aJoinedRaiseVerbEndsARelativeClause() {
        return Stream.of(
                Arguments.of("de", "Ganz oben stand das Start-up Helsing, das im Frühjahr rund 600 Millionen Euro "
                        + "einsammelte."),
                Arguments.of("de", "Beobachter verweisen auf Helsing, das zuletzt 600 Millionen Euro bei Investoren "
                        + "einwarb."),
                Arguments.of("de", "Es heißt, dass Helsing in der neuen Runde 600 Millionen Euro einsammelt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aJoinedRaiseVerbEndsARelativeClause(String language, String text) {
        assertOneDeal(language, text, "Helsing", null, "6E8", "EUR");
    }

    static Stream<Arguments> theCompanyPaidForStandsBeforeTheVerbAtTheEnd() {
        return Stream.of(
                Arguments.of("de", "Bekannt wurde, dass Salesforce für Poolside rund 900 Millionen Dollar ausgab."),
                Arguments.of("de", "Salesforce hat für Poolside rund 900 Millionen Dollar gezahlt."),
                Arguments.of("de", "Salesforce will für Poolside rund 900 Millionen Dollar ausgeben."),
                Arguments.of("de", "Salesforce zahlte für Poolside rund 900 Millionen Dollar."),
                Arguments.of("en", "Salesforce has paid about $900 million for Poolside."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theCompanyPaidForStandsBeforeTheVerbAtTheEnd(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Salesforce", "9E8", "USD");
    }
}

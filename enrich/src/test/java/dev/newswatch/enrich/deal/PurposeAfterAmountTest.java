package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A phrase of purpose right after the amount (lexicon {@code purposeAfter}, session 16): "for $8bn with the aim of
 * folding it into its cloud arm", "per 8 miliardi con l'obiettivo di integrarla". Its goal noun ("aim", "obiettivo",
 * "objectif", "Ziel") tells what the deal is for, not that the amount is a target; before, it made the price a
 * distractor. A goal noun before the amount still makes it one.
 */
class PurposeAfterAmountTest {

    static Stream<Arguments> thePriceBeforeAPurposeIsTheDeal() {
        return Stream.of(
                Arguments.of("en", "Salesforce will take over Cohere for $8 billion with the goal of folding it into "
                        + "its own cloud arm.", "8E9", "USD"),
                Arguments.of("it", "Salesforce rileverà Cohere con un esborso di 7 miliardi di dollari con l'obiettivo di "
                        + "integrarla nella propria divisione cloud.", "7E9", "USD"),
                Arguments.of("fr", "Salesforce va racheter Cohere pour 8 milliards d'euros avec l'objectif de "
                        + "l'intégrer à sa branche cloud.", "8E9", "EUR"),
                Arguments.of("es", "Salesforce comprará Cohere por 8.000 millones de euros con el propósito de "
                        + "integrarla en su propia división de nube.", "8E9", "EUR"),
                Arguments.of("de", "Salesforce kauft Cohere für 8 Milliarden Euro mit dem Ziel, das Start-up in die "
                        + "eigene Cloud-Sparte einzugliedern.", "8E9", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void thePriceBeforeAPurposeIsTheDeal(String language, String text, String amount, String currency) {
        assertOneDeal(language, text, "Cohere", "Salesforce", amount, currency);
    }

    static Stream<Arguments> aGoalBeforeTheAmountIsNoDeal() {
        return Stream.of(
                Arguments.of("it", "Cohere si è data un obiettivo di 2 miliardi di euro di nuovi fondi."),
                Arguments.of("en", "Cohere has set itself a goal of $2 billion in new funds."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aGoalBeforeTheAmountIsNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

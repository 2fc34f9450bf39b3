package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A round told again later by its amount alone ("The 2024 round of $300 million had been led by Y"), after another
 * company's deal: the amount says which round it is, so its lead goes to the company of the round found earlier with
 * that amount, not to the company named last.
 */
class RoundToldAgainByItsAmountTest {

    static Stream<Arguments> theLeadOfARoundToldAgainByItsAmountGoesToThatRound() {
        return Stream.of(
                Arguments.of("en", "In 2024 Cohere raised $300 million. This year Mistral AI closed a $900 million "
                        + "round led by Nvidia. The 2024 round of $300 million had been led by Index Ventures."),
                Arguments.of("it", "Nel 2024 Cohere aveva raccolto 300 milioni di dollari. Quest'anno Mistral AI ha "
                        + "chiuso un round da 900 milioni di dollari guidato da Nvidia. Il round del 2024 da 300 "
                        + "milioni di dollari fu guidato da Index Ventures."),
                Arguments.of("fr", "En 2024, Cohere a levé 300 millions de dollars. Cette année, Mistral AI a levé 900 "
                        + "millions de dollars lors d'un tour mené par Nvidia. Le tour de 2024, de 300 millions de "
                        + "dollars, avait été mené par Index Ventures."),
                Arguments.of("es", "En 2024 Cohere recaudó 300 millones de dólares. Este año Mistral AI cerró una ronda "
                        + "de 900 millones de dólares liderada por Nvidia. La ronda de 2024 de 300 millones de dólares "
                        + "había sido liderada por Index Ventures."),
                Arguments.of("de", "Im Jahr 2024 sammelte Cohere 300 Millionen Dollar ein. In diesem Jahr sammelte "
                        + "Mistral AI 900 Millionen Dollar in einer von Nvidia angeführten Runde ein. Die Runde über 300 "
                        + "Millionen Dollar im Jahr 2024 war angeführt von Index Ventures."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theLeadOfARoundToldAgainByItsAmountGoesToThatRound(String language, String text) {
        assertDeals(language, text, List.of(
                deal("Cohere", "Index Ventures", "3E8", "USD"),
                deal("Mistral AI", "Nvidia", "9E8", "USD")));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount with a scale but no currency, with no currency written before it in the text ("Cohere ha raccolto 120
 * milioni"), counts in the home currency of the language (homeCurrency: the euro in Italian, German, French and
 * Spanish); English names none, so there such an amount is still no money. A currency written before still wins.
 */
class HomeCurrencyTest {

    static Stream<Arguments> aBareAmountCountsInTheHomeCurrency() {
        return Stream.of(
                Arguments.of("it", "Cohere ha raccolto 120 milioni in un round guidato da Sequoia."),
                Arguments.of("fr", "Cohere a levé 120 millions, dans un tour mené par Sequoia."),
                Arguments.of("es", "Cohere ha captado 120 millones, con Sequoia como inversor principal."),
                Arguments.of("de", "Cohere hat 120 Millionen in einer von Sequoia angeführten Runde eingesammelt."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aBareAmountCountsInTheHomeCurrency(String language, String text) {
        assertOneDeal(language, text, "Cohere", "Sequoia Capital", "1.2E8", "EUR");
    }

    @Test
    void aCurrencyWrittenBeforeWins() {
        assertDeals("it", "Sequoia ha investito 50 milioni di dollari in Helsing. Cohere ha raccolto 120 milioni in "
                + "un round guidato da Sequoia.", List.of(DealCases.deal("Helsing", "Sequoia Capital", "5E7", "USD"),
                DealCases.deal("Cohere", "Sequoia Capital", "1.2E8", "USD")));
    }

    @Test
    void englishHasNoHomeCurrency() {
        assertDeals("en", "Cohere raised 120 million in a round led by Sequoia.", List.of());
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Money raised told in an opening phrase with a participle ("With $472m raised, X ranks second", "Avec 472 millions
 * levés, X prend la deuxième place", "Con 472 millones captados, X ocupa el segundo puesto") is the raise of the name
 * right after the phrase's comma, a relative clause after it allowed; not of the company of the sentence before.
 */
class MoneyRaisedInAnOpeningPhraseTest {

    static Stream<Arguments> shouldGiveTheRaiseToTheNameAfterTheOpeningPhrase() {
        return Stream.of(
                Arguments.of("en", "Databricks comes first. It raised $580 million. With $472 million raised, "
                        + "Mistral takes second place."),
                Arguments.of("en", "Databricks comes first. It raised $580 million. With $472 million raised, "
                        + "Mistral, which held the previous record, takes second place."),
                Arguments.of("fr", "Databricks arrive en tête. Elle a levé 580 millions de dollars. Avec seulement 472 "
                        + "millions de dollars levés, Mistral, détenteur du précédent record, se contente de la "
                        + "deuxième place."),
                Arguments.of("es", "Databricks encabeza la lista. Levantó 580 millones de dólares. Con 472 millones "
                        + "de dólares captados, Mistral, que tenía el récord anterior, ocupa el segundo puesto."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveTheRaiseToTheNameAfterTheOpeningPhrase(String language, String text) {
        // Given: a raise told before, then money raised in an opening phrase before another name
        // When: the text is read
        // Then: each company has its own raise
        assertDeals(language, text, List.of(deal("Databricks", null, "580000000", "USD"),
                deal("Mistral AI", null, "472000000", "USD")));
    }
}

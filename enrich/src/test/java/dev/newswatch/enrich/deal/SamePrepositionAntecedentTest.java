package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "Google, which invested in Poolside earlier this year, will invest $2bn more in the company": a description after a
 * preposition stands for the name the same preposition introduced earlier in its own sentence. Before, the deal of
 * the sentence before (here Amazon's in Cohere) or the topic of the previous sentences took the description.
 */
class SamePrepositionAntecedentTest {

    static Stream<Arguments> theDescriptionIsTheNameOfTheSamePreposition() {
        return Stream.of(
                Arguments.of("en", "Amazon invested $4 billion in Cohere. Google, which invested in Poolside in "
                        + "January, agreed to invest up to $2 billion more in the company."),
                Arguments.of("es", "Amazon invirtió 4.000 millones de dólares en Cohere. Google, que invirtió en "
                        + "Poolside en enero, acordó invertir hasta 2.000 millones de dólares más en la "
                        + "empresa."),
                Arguments.of("it", "Amazon ha investito 4 miliardi di dollari in Cohere. Google, che ha investito in "
                        + "Poolside a gennaio, ha accettato di investire fino a 2 miliardi di dollari in più "
                        + "nella società."),
                Arguments.of("fr", "Amazon a investi 4 milliards de dollars dans Cohere. Google, qui a investi dans "
                        + "Poolside en janvier, a accepté d'investir jusqu'à 2 milliards de dollars de plus "
                        + "dans l'entreprise."),
                Arguments.of("de", "Amazon investierte 4 Milliarden Dollar in Cohere. Google, das Anfang des Jahres in "
                        + "Poolside investiert hatte, will bis zu 2 Milliarden Dollar mehr in das Unternehmen "
                        + "investieren."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescriptionIsTheNameOfTheSamePreposition(String language, String text) {
        assertDeals(language, text, List.of(deal("Cohere", "Amazon", "4E9", "USD"),
                deal("Poolside", "Google", "2E9", "USD")));
    }
}

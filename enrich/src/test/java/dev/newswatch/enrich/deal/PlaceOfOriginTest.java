package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A place of origin after a company noun (session 16): in "das Start-up aus Mountain View", "the start-up based in
 * Mountain View", "la startup con sede a ...", "la start-up basée à ...", "la startup con sede en ..." the name after
 * the origin words (lexicon key {@code origins}) is where the company is, no party, even when it looks like a
 * company's name; the description stands for the company the text is about.
 */
class PlaceOfOriginTest {

    static Stream<Arguments> theDescriptionWithItsOriginRaisesNotThePlace() {
        return Stream.of(
                Arguments.of("en", "Cohere is growing its bank business. The start-up based in Mountain View is raising "
                        + "$750 million."),
                Arguments.of("de", "Cohere baut sein Geschäft mit Banken aus. Das Start-up aus Mountain View sammelt "
                        + "derzeit 750 Millionen Dollar ein."),
                Arguments.of("it", "Cohere cresce con le banche. La startup con sede a Mountain View raccoglie 750 "
                        + "milioni di dollari."),
                Arguments.of("fr", "Cohere se développe auprès des banques. La start-up basée à Mountain View lève 750 "
                        + "millions de dollars."),
                Arguments.of("es", "Cohere crece con los bancos. La startup con sede en Mountain View recauda 750 "
                        + "millones de dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theDescriptionWithItsOriginRaisesNotThePlace(String language, String text) {
        assertOneDeal(language, text, "Cohere", null, "7.5E8", "USD");
    }
}

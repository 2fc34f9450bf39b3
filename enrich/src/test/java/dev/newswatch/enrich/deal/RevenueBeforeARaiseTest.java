package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amount of revenue (or another distractor) and, joined to it, a verb that raises, pays or buys with an amount of
 * its own (session 16): "Cohere booked $90m of sales last year and has just raised $150m". The distractor word tells
 * what the first amount is and no more; the verb after it governs the second amount, which is the deal. Before, the
 * distractor was read as the second amount's too (the window before it reached back over the verb), and the first
 * amount passed as a deal because a later amount seemed to take the distractor.
 */
class RevenueBeforeARaiseTest {

    static Stream<Arguments> theAmountAfterTheVerbIsTheDealAndTheRevenueIsNone() {
        return Stream.of(
                Arguments.of("en", "Cohere booked some $90 million of sales last year and has just raised about "
                        + "$150 million from new backers.", "150E6", "USD"),
                Arguments.of("it", "Cohere ha chiuso l'anno con 90 milioni di euro di ricavi e ha appena raccolto "
                        + "circa 150 milioni di euro da nuovi soci.", "150E6", "EUR"),
                Arguments.of("de", "Cohere erwirtschaftete im Vorjahr 90 Millionen Euro Umsatz und sammelte nun rund "
                        + "150 Millionen Euro bei neuen Geldgebern ein.", "150E6", "EUR"),
                Arguments.of("fr", "Cohere a réalisé 90 millions d'euros de chiffre d'affaires l'an passé et vient de "
                        + "lever environ 150 millions d'euros.", "150E6", "EUR"),
                Arguments.of("es", "Cohere facturó 90 millones de euros en ingresos el año pasado y acaba de "
                        + "recaudar unos 150 millones de euros.", "150E6", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theAmountAfterTheVerbIsTheDealAndTheRevenueIsNone(String language, String text, String amount,
                                                            String currency) {
        assertOneDeal(language, text, "Cohere", null, amount, currency);
    }
}

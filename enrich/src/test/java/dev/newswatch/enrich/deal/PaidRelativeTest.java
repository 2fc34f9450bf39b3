package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A relative clause opened by the preposition of the one paid ("X, in which Y invested N", "X, in das Y N
 * investierte", "X, an dem sich Y mit N beteiligt"): the name before the relative is paid, the name right after it
 * pays. German read the two the other way round, the other languages found no parties.
 */
class PaidRelativeTest {

    static Stream<Arguments> theNameBeforeThePrepositionalRelativeIsPaid() {
        return Stream.of(
                Arguments.of("de", "Die Rede ist von Poolside, in das Salesforce 900 Millionen Dollar steckte."),
                Arguments.of("de", "Poolside, an dem sich Salesforce mit 900 Millionen Dollar beteiligt, stellt ein."),
                Arguments.of("en", "Analysts point to Poolside, in which Salesforce invested $900 million."),
                Arguments.of("en", "Poolside, into which Salesforce has poured $900 million, is hiring."),
                Arguments.of("it", "Gli analisti citano Poolside, nella quale Salesforce ha investito 900 milioni di "
                        + "dollari."),
                Arguments.of("fr", "Les analystes citent Poolside, dans laquelle Salesforce a investi 900 millions de "
                        + "dollars."),
                Arguments.of("es", "Los analistas citan a Poolside, en la que Salesforce invirtió 900 millones de "
                        + "dólares."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameBeforeThePrepositionalRelativeIsPaid(String language, String text) {
        assertOneDeal(language, text, "Poolside", "Salesforce", "9E8", "USD");
    }
}

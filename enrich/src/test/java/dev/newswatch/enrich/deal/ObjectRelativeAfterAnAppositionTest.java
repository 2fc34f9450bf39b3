package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An object relative clause after an apposition (session 17): in "X, an Israeli software firm, which Y acquired for N"
 * the relative pronoun refers to X past its apposition, and the name after the pronoun is the subject of the
 * relative clause: Y buys X, as in "X, which Y acquired for N".
 */
class ObjectRelativeAfterAnAppositionTest {

    static Stream<Arguments> theNameBeforeTheAppositionIsTheOneBought() {
        return Stream.of(
                Arguments.of("en", "The founder also started Run:ai, an Israeli software firm, which Nvidia acquired "
                        + "for $700 million."),
                Arguments.of("es", "El fundador también creó Run:ai, una firma de software israelí, que Nvidia adquirió "
                        + "por 700 millones de dólares."),
                Arguments.of("it", "Il fondatore ha creato anche Run:ai, una società di software israeliana, che Nvidia ha "
                        + "acquistato per 700 milioni di dollari."),
                Arguments.of("fr", "Le fondateur a aussi créé Run:ai, une société de logiciels israélienne, que Nvidia a "
                        + "rachetée pour 700 millions de dollars."),
                Arguments.of("de", "Der Gründer schuf auch Run:ai, eine israelische Softwarefirma, die Nvidia für 700 "
                        + "Millionen Dollar übernahm."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theNameBeforeTheAppositionIsTheOneBought(String language, String text) {
        assertOneDeal(language, text, "Run:ai", "Nvidia", "7E8", "USD");
    }
}

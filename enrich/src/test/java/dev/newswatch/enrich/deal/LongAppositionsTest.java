package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A new name followed by an apposition of up to five words before its company noun (session 15): "Velmora, a small
 * Lisbon-based warehouse robotics software firm, has closed..." makes Velmora a company the table does not know yet.
 */
class LongAppositionsTest {

    static Stream<Arguments> aLongAppositionMakesANameACompany() {
        return Stream.of(
                Arguments.of("en", "Velmora, a small Lisbon-based warehouse robotics software firm, has closed a "
                        + "$675 million Series B round.", "USD"),
                Arguments.of("de", "Velmora, ein in München gegründetes junges Start-up, hat 675 Millionen Euro "
                        + "eingesammelt.", "EUR"),
                Arguments.of("fr", "Velmora, une jeune start-up lyonnaise de robotique industrielle, a levé 675 "
                        + "millions d'euros.", "EUR"),
                Arguments.of("es", "Velmora, una joven startup madrileña de robótica industrial, ha levantado 675 "
                        + "millones de euros.", "EUR"),
                Arguments.of("it", "Velmora, una giovane start-up torinese di robotica industriale, ha raccolto 675 "
                        + "milioni di euro.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLongAppositionMakesANameACompany(String language, String text, String currency) {
        assertOneDeal(language, text, "Velmora", null, "6.75E8", currency);
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A new name followed by an apposition of up to five words before its company noun (session 15): "Velmora, a small
 * Lisbon-based warehouse robotics software firm, has closed..." makes Velmora a company the table does not know yet; so does a
 * spin-off ("Velmora, a Rivian spinout,", "uno spin-off del Politecnico").
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

    static Stream<Arguments> aSpinOffIsACompany() {
        return Stream.of(
                Arguments.of("en", "Velmora, a Rivian spinout, has raised $500 million.", "5E8", "USD"),
                Arguments.of("it", "Velmora, uno spin-off del Politecnico, ha raccolto 500 milioni di euro.", "5E8", "EUR"),
                Arguments.of("fr", "Velmora, une spin-off du CNRS, a levé 500 millions d'euros.", "5E8", "EUR"),
                Arguments.of("es", "Velmora, una spin-off de la universidad, ha levantado 500 millones de euros.", "5E8",
                        "EUR"),
                Arguments.of("de", "Velmora, ein Spin-off der TU München, hat 500 Millionen Euro eingesammelt.", "5E8",
                        "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aSpinOffIsACompany(String language, String text, String amount, String currency) {
        assertOneDeal(language, text, "Velmora", null, amount, currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLongAppositionMakesANameACompany(String language, String text, String currency) {
        assertOneDeal(language, text, "Velmora", null, "6.75E8", currency);
    }

    /** "led by its founder" inside the apposition is passive: the name before it raises, it does not lead. */
    static Stream<Arguments> aPassiveLeadInsideTheAppositionLeavesTheNameTheCompanyThatRaises() {
        return Stream.of(
                Arguments.of("en", "Velmora Robotics, a spinout headed by its founder, raised $500 million.", "USD"),
                Arguments.of("en", "Velmora Robotics, a carmaker spinout led by its founder Tom Hale, topped the list with a "
                        + "Series A of $500 million.", "USD"),
                Arguments.of("fr", "Velmora Robotics, un laboratoire dirigé par son fondateur, a levé 500 millions d'euros.",
                        "EUR"),
                Arguments.of("it", "Velmora Robotics, il gruppo guidato da un ex ingegnere, ha raccolto 500 milioni di euro.",
                        "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aPassiveLeadInsideTheAppositionLeavesTheNameTheCompanyThatRaises(String language, String text,
                                                                           String currency) {
        assertOneDeal(language, text, "Velmora Robotics", null, "5E8", currency);
    }
}

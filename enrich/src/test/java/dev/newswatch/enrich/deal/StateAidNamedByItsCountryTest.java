package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * State aid that a body approves ("the Commission approved an Italian state aid of N for X"): the state the aid is
 * named after, right after the aid word, pays, not the body named first; and a bracket with the same money in another
 * currency between the amount and "for X" does not hide the company paid. (Spanish "El Gobierno concederá
 * subvenciones ... a X" names no payer yet, with or without the bracket.)
 */
class StateAidNamedByItsCountryTest {

    static Stream<Arguments> theStateOfTheAidPays() {
        return Stream.of(
                Arguments.of("it", "La Commissione europea ha approvato un aiuto di Stato italiano di 900 milioni di "
                        + "euro per il produttore di chip STMicroelectronics.", "stmicro <- italian-government 900000000 EUR"),
                Arguments.of("it", "Dalla Commissione europea arriva il sì ad aiuti statali italiani da 900 milioni di "
                        + "euro (970 milioni di dollari) a favore del gruppo di semiconduttori STMicroelectronics.", "stmicro <- italian-government 900000000 EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theStateOfTheAidPays(String language, String text, String expected) {
        assertFound(language, text, expected);
    }

    static Stream<Arguments> aConvertedAmountInBracketsKeepsTheCompanyAfterIt() {
        return Stream.of(
                Arguments.of("it", "Lo Stato concederà sovvenzioni per 900 milioni di euro (970 milioni di dollari) "
                        + "a STMicroelectronics.", "stmicro <- italian-government 900000000 EUR"),
                Arguments.of("de", "Der Bund gewährt Subventionen von 900 Millionen Euro (970 Millionen Dollar) für "
                        + "STMicroelectronics.", "stmicro <- german-government 900000000 EUR"),
                Arguments.of("fr", "L'État accordera des subventions de 900 millions d'euros (970 millions de dollars) "
                        + "à STMicroelectronics.", "stmicro <- french-government 900000000 EUR"),
                Arguments.of("en", "The Commerce Department will grant subsidies of €900 million ($970 million) to "
                        + "STMicroelectronics.", "stmicro <- commerce 900000000 EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aConvertedAmountInBracketsKeepsTheCompanyAfterIt(String language, String text, String expected) {
        assertFound(language, text, expected);
    }
}

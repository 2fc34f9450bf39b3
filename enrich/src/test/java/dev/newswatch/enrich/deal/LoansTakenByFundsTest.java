package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A fund or holding that takes a loan (lexicon {@code loans}, session 16): "the group is close to securing a $9bn
 * loan" after a sentence about SoftBank is a deal paid to SoftBank, though a fund is otherwise never the one paid. The
 * loan must follow a verb of getting money; a loan that banks sell or arrange for someone else names no borrower so.
 */
class LoansTakenByFundsTest {

    static Stream<Arguments> aFundThatGetsALoanIsPaid() {
        return Stream.of(
                Arguments.of("en", "SoftBank keeps betting on chips. The group is about to receive a loan of $9 "
                        + "billion from a pool of banks."),
                Arguments.of("it", "SoftBank continua a puntare sui chip. Il gruppo sarebbe vicino a ottenere un "
                        + "prestito da 9 miliardi di dollari da un gruppo di banche."),
                Arguments.of("es", "SoftBank sigue apostando por los chips. El grupo consigue un préstamo de 9.000 "
                        + "millones de dólares de un grupo de bancos."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aFundThatGetsALoanIsPaid(String language, String text) {
        assertFound(language, text, "softbank <- null 9000000000 USD");
    }

    static Stream<Arguments> aLoanArrangedByOthersIsNotTheFunds() {
        return Stream.of(
                Arguments.of("en", "SoftBank and Sequoia are arranging the sale of a $9 billion loan."),
                Arguments.of("it", "SoftBank e Sequoia stanno guidando la vendita di un prestito da 9 miliardi di "
                        + "dollari."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aLoanArrangedByOthersIsNotTheFunds(String language, String text) {
        assertFound(language, text, "");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A development bank, a fund or a state lends to another bank or fund ("X decided to give a loan of N to Y", "the
 * financing of N that X granted to Y"): the borrower named after "to" is paid, although it otherwise only invests.
 * (Not read so yet: German, which names the borrower in the dative with no preposition, "X gewährt Y einen
 * Kredit"; French "X a accordé un prêt de N à Y", where the fund lender gives no deal at all.)
 */
class LoanGrantedToAnInvestorTest {

    static Stream<Arguments> theBorrowerAfterToIsPaid() {
        return Stream.of(
                Arguments.of("it", "Index Ventures darà un prestito di 500 milioni di dollari a SoftBank "
                        + "per i suoi fondi."),
                Arguments.of("it", "Sono questi gli scopi del finanziamento da 500 milioni di dollari che Index Ventures "
                        + "ha concesso a SoftBank nel quadro di un accordo più ampio."),
                Arguments.of("en", "Index Ventures decided to give a $500 million loan to SoftBank for its funds."),
                Arguments.of("es", "Index Ventures ha decidido conceder un préstamo de 500 millones de dólares a "
                        + "SoftBank para sus fondos."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theBorrowerAfterToIsPaid(String language, String text) {
        assertFound(language, text, "softbank <- index 500000000 USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertFound;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A development bank, a fund or a state lends to another bank or fund ("X decided to give a loan of N to Y", "the
 * financing of N that X granted to Y"): the borrower named after "to" is paid, although it otherwise only invests. So
 * is a borrower named with no preposition between the lender's verb and the loan noun (the German dative "X gewährte Y
 * ein Darlehen über N", English "X granted Y a $N loan"). (Not read so yet: a description before the German borrower,
 * "gewährte der Bank Y ein Darlehen"; the German verb at the end, "hat Y einen Kredit über N gewährt"; "vergibt einen
 * Kredit über N an Y" and the French relative "le prêt de N qu'X a accordé à Y", which give no deal with a fund.)
 */
class LoanGrantedToAnInvestorTest {

    static Stream<Arguments> theBorrowerAfterToOrAsFirstObjectIsPaid() {
        return Stream.of(
                Arguments.of("it", "Index Ventures darà un prestito di 500 milioni di dollari a SoftBank "
                        + "per i suoi fondi."),
                Arguments.of("it", "Sono questi gli scopi del finanziamento da 500 milioni di dollari che Index Ventures "
                        + "ha concesso a SoftBank nel quadro di un accordo più ampio."),
                Arguments.of("en", "Index Ventures decided to give a $500 million loan to SoftBank for its funds."),
                Arguments.of("es", "Index Ventures ha decidido conceder un préstamo de 500 millones de dólares a "
                        + "SoftBank para sus fondos."),
                Arguments.of("fr", "Index Ventures a accordé un prêt de 500 millions de dollars à SoftBank pour ses "
                        + "fonds."),
                Arguments.of("fr", "Index Ventures a accordé à SoftBank un prêt de 500 millions de dollars pour ses "
                        + "fonds."),
                Arguments.of("it", "Index Ventures ha concesso a SoftBank un prestito di 500 milioni di dollari per i "
                        + "suoi fondi."),
                Arguments.of("es", "Index Ventures concedió a SoftBank un préstamo de 500 millones de dólares para sus "
                        + "fondos."),
                // no preposition: the German dative, the English first object
                Arguments.of("de", "Index Ventures gewährte SoftBank ein Darlehen über 500 Millionen Dollar für ihre "
                        + "Fonds."),
                Arguments.of("en", "Index Ventures granted SoftBank a $500 million loan for its funds."),
                Arguments.of("en", "Index Ventures gave SoftBank a $500 million loan for its funds."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void theBorrowerAfterToOrAsFirstObjectIsPaid(String language, String text) {
        assertFound(language, text, "softbank <- index 500000000 USD");
    }
}

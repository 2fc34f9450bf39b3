package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A company named in an aside that describes the name before its comma is no party of the deal (session 32, the
 * lexicon key {@code asideOpeners}): "X, a portfolio company of Y, raised N", "bought X, which had worked with Y, for
 * N". An aside with an amount or a deal verb of its own, or a relative clause after a round, still names a party.
 * German is not covered: its asides after a comma are read as clauses of their own.
 */
class NamesInDescribingAsidesTest {

    static Stream<Arguments> aNameInARelativeClauseAfterTheBoughtCompanyIsNotBought() {
        return Stream.of(
                Arguments.of("en", "Sequoia Capital paid $500 million for Poolside, which had worked on chips with "
                        + "Nvidia.", "5E8"),
                Arguments.of("fr", "Sequoia Capital a déboursé 420 millions de dollars pour s'offrir Poolside, qui "
                        + "avait travaillé avec Nvidia.", "4.2E8"),
                Arguments.of("it", "Sequoia Capital ha speso 420 milioni di dollari per rilevare Poolside, che aveva "
                        + "lavorato con Nvidia.", "4.2E8"),
                Arguments.of("es", "Sequoia Capital pagó 500 millones de dólares por Poolside, que había trabajado "
                        + "con Nvidia.", "5E8"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aNameInARelativeClauseAfterTheBoughtCompanyIsNotBought(String language, String text, String amount) {
        assertOneDeal(language, text, "Poolside", "Sequoia Capital", amount, "USD");
    }

    static Stream<Arguments> aShareholderInAnAsideDoesNotPay() {
        return Stream.of(
                Arguments.of("en", "Poolside, a portfolio company of Nvidia, raised $30 million.", "USD"),
                Arguments.of("en", "Poolside, in which Nvidia also holds a stake, raised $30 million.", "USD"),
                Arguments.of("es", "Poolside, participada por Nvidia, ha captado 30 millones de euros.", "EUR"),
                Arguments.of("it", "Poolside, partecipata da Nvidia, ha ora raccolto 30 milioni di euro.", "EUR"),
                Arguments.of("it", "Poolside, di cui Nvidia è socio, ha ora raccolto 30 milioni di euro.", "EUR"),
                Arguments.of("fr", "Poolside, filiale de Nvidia, a levé 30 millions d'euros.", "EUR"),
                Arguments.of("fr", "Poolside, dont Nvidia est actionnaire, a levé 30 millions d'euros.", "EUR"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aShareholderInAnAsideDoesNotPay(String language, String text, String currency) {
        assertOneDeal(language, text, "Poolside", null, "3E7", currency);
    }

    static Stream<Arguments> anAsideWithADealOfItsOwnStillNamesAParty() {
        return Stream.of(
                // the aside after a round names its lead
                Arguments.of("en", "Poolside raised $30 million in a round, which was led by Sequoia Capital.",
                        "Sequoia Capital"),
                // the aside holds the amount and the verb
                Arguments.of("en", "Nvidia, which paid $30 million for Poolside last year, said the deal had closed.",
                        "Nvidia"),
                Arguments.of("es", "Nvidia, que pagó 30 millones de dólares por Poolside, dijo que la operación se "
                        + "había cerrado.", "Nvidia"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anAsideWithADealOfItsOwnStillNamesAParty(String language, String text, String investor) {
        assertOneDeal(language, text, "Poolside", investor, "3E7", "USD");
    }

    static Stream<Arguments> anAsideWithNoAmountMakesNoDeal() {
        return Stream.of(
                Arguments.of("en", "Poolside, in which Nvidia holds a stake, hired a new chief executive."),
                Arguments.of("fr", "Poolside, dont Nvidia est actionnaire, a recruté un nouveau directeur."),
                Arguments.of("it", "Poolside, di cui Nvidia è socio, ha assunto un nuovo amministratore."),
                Arguments.of("es", "Poolside, participada por Nvidia, ha fichado a un nuevo consejero delegado."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void anAsideWithNoAmountMakesNoDeal(String language, String text) {
        assertDeals(language, text, List.of());
    }
}

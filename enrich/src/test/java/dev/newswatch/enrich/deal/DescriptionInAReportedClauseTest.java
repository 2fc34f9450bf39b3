package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A description that opens a reported clause ("Nvidia, an early backer of Databricks, said the startup had raised N",
 * "... a indiqué que la start-up avait levé N") does not stand for the company that reports it, as a pronoun would: it
 * stands for the company a preposition introduced after that subject in the sentence, one the table does not know too
 * ("an early backer of X", "actionnaires de X": a company place). With no such company it still stands for the subject.
 */
class DescriptionInAReportedClauseTest {

    static Stream<Arguments> shouldGiveTheRaiseToTheCompanyIntroducedAfterTheReporter() {
        return Stream.of(
                Arguments.of("en", "Nvidia, an early backer of Databricks, said the startup had raised $1 billion from "
                        + "SoftBank."),
                Arguments.of("fr", "Nvidia, l'un des premiers soutiens de Databricks, a indiqué que la start-up avait "
                        + "levé 1 milliard de dollars auprès de SoftBank."),
                Arguments.of("it", "Nvidia, tra i primi investitori di Databricks, ha detto che la startup ha raccolto "
                        + "1 miliardo di dollari da SoftBank."),
                Arguments.of("es", "Nvidia, uno de los primeros inversores de Databricks, dijo que la startup había "
                        + "levantado 1.000 millones de dólares de SoftBank."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveTheRaiseToTheCompanyIntroducedAfterTheReporter(String language, String text) {
        // Given: a reporting company, another company in its apposition, and a description in the reported clause
        // When: the text is read
        // Then: the description raising the money is the company of the apposition
        assertOneDeal(language, text, "Databricks", "SoftBank", "1000000000", "USD");
    }

    static Stream<Arguments> shouldGiveTheRaiseToAnInventedCompanyOfTheApposition() {
        return Stream.of(
                Arguments.of("en", "Nvidia, an early investor in Velquist, said the startup had raised $700 million "
                        + "from SoftBank."),
                Arguments.of("fr", "Nvidia, l'un des premiers actionnaires de Velquist, a déclaré que la start-up avait "
                        + "levé 700 millions de dollars auprès de SoftBank."),
                Arguments.of("it", "Nvidia, uno dei primi soci di Velquist, ha spiegato che la startup ha raccolto 700 "
                        + "milioni di dollari da SoftBank."),
                Arguments.of("es", "Nvidia, uno de los primeros accionistas de Velquist, explicó que la startup había "
                        + "levantado 700 millones de dólares de SoftBank."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveTheRaiseToAnInventedCompanyOfTheApposition(String language, String sentence) {
        // Given a headline naming a company the table does not know, then that company as the one the reporter backs
        // or holds shares of ("investor in", "actionnaires de", "soci di", "accionistas de": a company place)
        String text = "Velquist gets new money\n" + sentence;

        // When / Then: the description raising the money is that company
        assertOneDeal(language, text, "Velquist", "SoftBank", "700000000", "USD");
    }

    static Stream<Arguments> shouldKeepTheReporterWhenNoOtherCompanyIsNamedBefore() {
        return Stream.of(
                Arguments.of("en", "Nvidia said on Tuesday that the chipmaker had invested $1 billion in Databricks."),
                Arguments.of("es", "Nvidia dijo el martes que la empresa había invertido 1.000 millones de dólares en "
                        + "Databricks."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldKeepTheReporterWhenNoOtherCompanyIsNamedBefore(String language, String text) {
        // Given: a description in a reported clause, and only the reporter named before it
        // When: the text is read
        // Then: the description is the reporter, who invests in the company named after the amount
        assertOneDeal(language, text, "Databricks", "Nvidia", "1000000000", "USD");
    }
}

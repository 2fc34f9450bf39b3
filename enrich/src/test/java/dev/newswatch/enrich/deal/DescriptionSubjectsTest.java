package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pronouns and descriptions that stand for a company (session 15): which of the companies named before them they
 * stand for. A subject pronoun in a reported clause ("after Nvidia said it has invested") stands for the subject
 * of the reporting verb, not for a company named earlier after a preposition ("Shares of Databricks").
 */
class DescriptionSubjectsTest {

    static Stream<Arguments> aReportedSubjectPronounStandsForTheReportingSubject() {
        return Stream.of(
                // the description of the target has two or three words before its noun
                Arguments.of("en", "Shares of Databricks climbed 8% on Tuesday after Nvidia announced that it has invested "
                        + "$1 billion in the data analytics provider."),
                Arguments.of("en", "Shares of Databricks climbed 8% on Tuesday after Nvidia announced that it has invested "
                        + "$1 billion in the cloud data analytics provider."),
                Arguments.of("fr", "L'action de Databricks a bondi lundi après que Nvidia a annoncé qu'il a investi "
                        + "1 milliard de dollars dans le fournisseur."),
                Arguments.of("de", "Die Aktie von Databricks stieg am Montag, nachdem Nvidia mitteilte, es habe "
                        + "1 Milliarde Dollar in den Anbieter investiert."),
                Arguments.of("es", "Las acciones de Databricks subieron el lunes después de que Nvidia anunciara que "
                        + "había invertido 1.000 millones de dólares en la empresa."),
                Arguments.of("it", "Le azioni di Databricks sono salite lunedì dopo che Nvidia ha annunciato di aver "
                        + "investito 1 miliardo di dollari nella società."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void aReportedSubjectPronounStandsForTheReportingSubject(String language, String text) {
        assertOneDeal(language, text, "Databricks", "Nvidia", "1E9", "USD");
    }
}

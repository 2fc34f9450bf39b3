package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A name that opens the clause after a colon, right before the deal word, is the subject of that deal word, whatever
 * the words before the colon name or stand for: a pronoun or a description there ("it also welcomes Sequoia", "elle
 * aussi", "otra startup") stands for a company of an earlier sentence and does not take the deal.
 */
class SubjectNamedAfterAColonTest {

    static Stream<Arguments> shouldGiveTheDealToTheNameAfterTheColon() {
        return Stream.of(
                Arguments.of("en", "Databricks takes first place this month. Another startup completes the podium "
                        + "and it also welcomes Sequoia as a shareholder: Mistral raised $185 million to expand."),
                Arguments.of("fr", "Databricks prend la première place du mois. Une autre jeune pousse complète le "
                        + "podium et accueille elle aussi Sequoia à son capital : Mistral a levé 185 millions de "
                        + "dollars pour s'étendre."),
                Arguments.of("es", "Databricks ocupa el primer puesto del mes. Otra startup completa el podio y "
                        + "también da entrada a Sequoia: Mistral ha levantado 185 millones de dólares."),
                Arguments.of("it", "Databricks occupa il primo posto del mese. Un'altra startup completa il podio e "
                        + "accoglie anch'essa Sequoia nel capitale: Mistral ha raccolto 185 milioni di dollari."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource
    void shouldGiveTheDealToTheNameAfterTheColon(String language, String text) {
        // Given: a pronoun or description before a colon, and a name opening the clause after it
        // When: the text is read
        // Then: the amount is the raise of the name after the colon
        assertOneDeal(language, text, "Mistral AI", null, "185000000", "USD");
    }
}

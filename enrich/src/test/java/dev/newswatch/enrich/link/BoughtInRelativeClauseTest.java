package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name followed by a relative clause that says it was bought ("Zentrix, which was acquired by", "Zentrix qui a été
 * racheté par", "Zentrix, che è stata acquisita da", "Zentrix, que fue adquirida por") is a company.
 */
class BoughtInRelativeClauseTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|After Quorvel, which was acquired by a defence group for $240 million, came Halvane Robotics.|"
                + "Quorvel;Halvane Robotics",
        "fr|Après Nuvelle qui a été racheté par un groupe de défense pour 220 millions, c'est Orvane qui brille.|"
                + "Nuvelle",
        "it|Dopo Velantis, che è stata acquisita da un gruppo della difesa per 220 milioni, tocca ad altri.|Velantis",
        "es|Tras Ondara, que fue adquirida por un grupo de defensa por 220 millones, llegan otras.|Ondara"})
    void shouldReadANameThatARelativeClauseSaysWasBought(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

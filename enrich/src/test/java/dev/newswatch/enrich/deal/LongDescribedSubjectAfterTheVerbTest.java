package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject after the verb of an inverted verb-second clause, described by several words (session 25, issue #9), in
 * sentences of our own: "Für N kauft der amerikanische Software- und Cloudkonzern X den Hersteller Y". In a language
 * whose subject stands before the verb (Italian) the same long description before the name reads the same.
 */
class LongDescribedSubjectAfterTheVerbTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Für 5 Milliarden Dollar kauft der amerikanische Software- und Cloudkonzern Microsoft den Sensorhersteller "
                + "Cohere.",
        "Für 5 Milliarden Dollar kauft der große amerikanische Cloudkonzern Microsoft den Sensorhersteller Cohere.",
        "Im Mai übernahm der kalifornische Chip- und Softwarekonzern Microsoft das Start-up Cohere für 5 Milliarden "
                + "Dollar."})
    void aSubjectAfterTheVerbMayCarryALongDescription(String text) {
        // Given an inverted German clause whose subject after the verb is described by several words, among them a
        // truncated compound ("Software- und Cloudkonzern")
        // When it is read
        // Then the described name after the verb pays and the object after it is bought
        assertOneDeal("de", text, "Cohere", "Microsoft", "5E9", "USD");
    }

    @Test
    void aLongDescriptionBeforeAnItalianSubjectReadsTheSame() {
        // Given an Italian subject described by a company noun and two adjectives joined by "e"
        String text = "Il grande gruppo americano di software e cloud Microsoft compra per 5 miliardi di dollari il "
                + "produttore di sensori Cohere.";
        // When it is read
        // Then the described name pays and the object is bought
        assertOneDeal("it", text, "Cohere", "Microsoft", "5E9", "USD");
    }
}

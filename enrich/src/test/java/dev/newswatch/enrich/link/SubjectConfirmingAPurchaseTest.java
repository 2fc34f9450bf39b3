package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a verb of confirming or announcing whose object is a purchase told as a noun is its buyer (session
 * 26): "Halvane confirmed the $2 billion takeover of Korvia", "Halvane bestätigte am Montag die Übernahme von
 * Korvia". A name the table does not know is a company there, as after a deal verb.
 */
class SubjectConfirmingAPurchaseTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Halvane confirmed the $2 billion takeover of Korvia on Monday.|Halvane;Korvia",
        "en|Halvane confirms the planned acquisition of Korvia.|Halvane;Korvia",
        "de|Halvane bestätigte am Montag die Übernahme von Korvia für 2 Milliarden Euro.|Halvane;Korvia",
        "de|Halvane meldet die geplante Übernahme von Korvia.|Halvane;Korvia"})
    void shouldReadTheSubjectConfirmingAPurchaseAsACompany(String language, String text, String expected) {
        // Given an unknown name as the subject of confirming or announcing a purchase noun
        // When the names are read
        // Then it is a company, and so is the company bought
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

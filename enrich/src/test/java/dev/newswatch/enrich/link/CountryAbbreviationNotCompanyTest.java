package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Spanish abbreviation of the United States ("EEUU", "EE.UU.") is a place, never a company, even where a name
 * after "en" or "al regulador en" would be one (company-cues.yml, not-names). The sentences are written for this test.
 */
class CountryAbbreviationNotCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text) {
        return finder.find(text, "es", List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "La startup Velantis comunicó el pago de 300 millones de dólares al regulador en EEUU.|Velantis",
        "La startup Velantis comunicó el pago de 300 millones de dólares al regulador en EE.UU.|Velantis",
        "Velantis invertirá 200 millones de dólares en EEUU durante 2026.|Velantis"})
    void shouldNotReadTheUnitedStatesAsACompany(String text, String expected) {
        assertEquals(List.of(expected), names(text));
    }
}

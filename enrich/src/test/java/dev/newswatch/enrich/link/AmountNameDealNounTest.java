package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * English puts the company bought between an amount and the deal noun it modifies ("a $6.4 billion Zentrix
 * acquisition", "the 800 million Zentrix deal"): the name is a company; the same name before the noun with no
 * amount before it says nothing.
 */
class AmountNameDealNounTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Last spring the group agreed a $6.4 billion Quorvel acquisition to widen its reach.|Quorvel",
        "en|Remember the 800 million Halvane purchase a year earlier.|Halvane",
        "en|Its $2bn Korvia takeover closed in March.|Korvia"})
    void shouldReadANameBetweenAnAmountAndADealNounAsACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The Pentagon acquisition rules changed in March.",
        "en|A Texas deal of that size is rare."})
    void shouldNotReadANameBeforeADealNounWithoutAmount(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

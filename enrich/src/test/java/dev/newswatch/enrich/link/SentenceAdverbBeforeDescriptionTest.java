package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A sentence adverb or connective that opens a sentence before a comma ("Well,", "Quindi,", "Pourtant,", "Entonces,",
 * "Tatsächlich,") looks like an apposition to the description after it ("Zentrix, the start-up, raised"): it is no
 * company name, and a name the description introduces is still one.
 */
class SentenceAdverbBeforeDescriptionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Well, the company has just raised $1.3 billion in a Series F round.",
        "en|Nevertheless, the start-up closed a $90 million round in May.",
        "en|Unsurprisingly, the firm has secured $250 million from its backers.",
        "en|Apparently, the start-up is raising $40 million at a higher valuation.",
        "it|Quindi, la società ha raccolto 310 milioni di euro con un nuovo round.",
        "it|Tuttavia, la start-up ha incassato 45 milioni di euro a febbraio.",
        "fr|Pourtant, la société a levé 310 millions d'euros avec un nouveau tour.",
        "fr|Cependant, la start-up a bouclé un tour de 45 millions d'euros en février.",
        "es|Entonces, la empresa recaudó 300 millones de euros en una nueva ronda.",
        "es|Ahora, la startup ha cerrado una ronda de 45 millones de euros.",
        "de|Tatsächlich, das Unternehmen hat 300 Millionen Euro in einer neuen Runde eingesammelt.",
        "de|Zunächst, das Start-up sammelte im Februar 45 Millionen Euro ein."})
    void shouldNotMakeACompanyOfTheAdverbOpeningTheSentence(String language, String text) {
        assertEquals(List.of(), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Nevertheless, the start-up Quorvel closed a $90 million round.|Quorvel",
        "it|Quindi, la start-up Velantis ha raccolto 20 milioni di euro.|Velantis",
        "fr|Pourtant, la start-up Nuvelle a levé 30 millions d'euros.|Nuvelle",
        "es|Entonces, la startup Ondara ha recaudado 9 millones de euros.|Ondara",
        "de|Zunächst hat das Münchner Start-up Korvia 15 Millionen Euro eingesammelt.|Korvia"})
    void shouldStillFindTheNameTheDescriptionIntroduces(String language, String text, String name) {
        assertEquals(List.of(name), names(text, language), text);
    }
}

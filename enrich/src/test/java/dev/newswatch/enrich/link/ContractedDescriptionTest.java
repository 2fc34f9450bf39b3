package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A description before a name whose article is contracted with a preposition ("della startup", "nell'azienda",
 * "du groupe", "del fabricante"): the same company place as the description with its article, in Italian, French
 * and Spanish (English and German have no such contraction before these nouns).
 */
class ContractedDescriptionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il gruppo ha completato l'acquisto della startup di logistica Velantis per 90 milioni.|Velantis",
        "it|Un fondo ha messo 30 milioni nella startup lombarda di robotica Velantis.|Velantis",
        "it|La quota è stata ceduta dal colosso tedesco Korvia per un miliardo.|Korvia",
        "fr|Les actionnaires du groupe suédois Orvane ont accepté l'offre.|Orvane",
        "fr|La banque a prêté 40 millions au fabricant lyonnais Nuvelle.|Nuvelle",
        "es|Los accionistas del fabricante vasco Ondara aprobaron la venta.|Ondara",
        "es|El fondo vendió su parte al grupo chileno Ondara por 70 millones.|Ondara",
    })
    void shouldReadTheNameAfterAContractedDescription(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a preposition after the noun opens a place, not a name
        "it|Il nuovo stabilimento della startup a Lisbona costerà tre miliardi.",
        "it|Il gruppo ha venduto la sede del colosso di Seattle.",
        "es|La venta del grupo en Madrid se cerró ayer.",
    })
    void shouldNotReadAPlaceAfterTheNounAsAName(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

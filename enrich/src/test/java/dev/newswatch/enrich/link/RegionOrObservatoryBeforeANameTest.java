package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name right after "region" ("les jeunes pousses de la région Zentria", "le startup della regione Zentria") is a place,
 * and one a few words after "observatory" ("l'Osservatorio Start up Zentria") is a survey that
 * counts deals: neither is a company, though a company noun may stand before it. A company of the same sentence in a
 * company place stays one.
 */
class RegionOrObservatoryBeforeANameTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|L'an dernier, les jeunes pousses de la région Valmoria ont collecté 500 millions d'euros en tout.",
        "fr|La région Orsand-Velle s'est distinguée avec quatre opérations cette semaine.",
        "it|Nel 2022 le startup della regione Valmoria hanno raccolto 300 milioni di euro.",
        "es|Las startups de la región Valmoria captaron 200 millones de euros el año pasado.",
        "it|Per l'Osservatorio Start up Quellix dell'ateneo, l'anno scorso si sono contate 12 operazioni sopra i "
                + "5 milioni.",
        "es|El Observatorio de Startups Quellix contó que las tecnológicas de la ciudad obtuvieron 90 millones de "
                + "euros.",
        "en|The Observatory Quellix counted 40 deals above $10 million last year."})
    void shouldReadNoCompanyAfterARegionOrAnObservatory(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|Dans la région, la start-up Korvana a levé 12 millions d'euros.|Korvana",
        "it|Nella regione la startup Korvana ha raccolto 12 milioni di euro.|Korvana",
        "es|La startup Korvana, de la región, ha captado 12 millones de euros.|Korvana"})
    void shouldKeepACompanyNamedInACompanyPlace(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }
}

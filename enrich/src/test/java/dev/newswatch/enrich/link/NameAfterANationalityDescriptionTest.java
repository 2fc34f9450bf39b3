package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An article, a company noun ({@code nationality-nouns}), at most one lower-case adjective and a nationality right
 * before a name make it a company ("la empresa cervecera británica X"), as the article and the nationality alone do
 * ("la británica X"). Before, a second adjective after the company noun left the name unread, and in a ranking of
 * purchases the description then stood for the company of the item before. A person's title before a nationality
 * makes no company. Sentences of our own.
 */
class NameAfterANationalityDescriptionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|El mes pasado se anunció la venta de la empresa cervecera británica Ondara.|Ondara",
        "it|Il mese scorso il fondo ha comprato la società farmaceutica tedesca Velantis.|Velantis",
        "fr|Le mois dernier a été annoncée la vente de la société pharmaceutique allemande Nuvelle.|Nuvelle"})
    void theNameAfterTheDescriptionIsACompany(String language, String text, String expected) {
        // Given a company noun, an adjective and a nationality before a name; When names are read; Then it is one
        assertEquals(List.of(expected), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "es|Ayer habló el primer ministro británico Tomás Ferrer sobre la venta.",
        "es|El mes pasado se anunció la venta de la cervecera y británica Ondara."})
    void aTitleOrAConjunctionMakesNoCompany(String language, String text) {
        // Given a person's title, or a conjunction, before the nationality; When names are read; Then none is read
        assertEquals(List.of(), names(text, language), text);
    }
}

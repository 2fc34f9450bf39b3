package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Descriptions right before a name that are no part of it: a field written as the acronym of artificial
 * intelligence in a Romance complement ("la startup di AI Zentrix", "la start-up d'IA Zentrix", "la startup de IA
 * Zentrix"), a product or company joined by a hyphen to the role of the one named ("ChatGPT-maker Zentrix", "the
 * TikTok-owner Zentrix"), and "Startups" as a heading word before a name.
 */
class DescriptionBeforeNameTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il gruppo ha annunciato l'acquisizione della startup di AI Velantis per 2 miliardi di dollari.|Velantis",
        "it|Il fondo investe nella startup di IA Korvia.|Korvia",
        "fr|Le groupe a racheté la start-up d'IA Nuvelle pour 300 millions d'euros.|Nuvelle",
        "fr|Le fonds entre au capital de la start-up de l'IA Orvane.|Orvane",
        "es|El grupo compró la startup de IA Ondara por 2.000 millones de dólares.|Ondara",
        "en|The group bought the AI startup Quorvel for $2 billion.|Quorvel",
        "de|Der Konzern übernimmt das KI-Startup Lumora für 2 Milliarden Dollar.|Lumora"})
    void shouldReadTheNameAfterAnArtificialIntelligenceField(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|ChatGPT-maker Quorvel landed $6 billion in new funding.|Quorvel",
        "en|TikTok-owner Halvane has raised $5 billion from banks.|Halvane",
        "en|Chatbot-developer Korvia raised $90 million.|Korvia",
        "de|Der ChatGPT-Entwickler Lumora hat 6 Milliarden Dollar eingesammelt.|Lumora"})
    void shouldNotKeepAHyphenedRoleInTheName(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "de|Startups Lumora Labs: Warum der Konzern 140 Millionen überweist|Lumora Labs",
        "en|Startups Quorvel Labs raised $50 million this week.|Quorvel Labs"})
    void shouldNotReadStartupsAsPartOfAName(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names joined to a company by a coordinator ("Zentrix and Korvia", "Zentrix e Korvia", "Zentrix et Korvia",
 * "Zentrix y Korvia", "Zentrix und Korvia"), or by commas inside such a list, are companies too; people are not.
 */
class CoordinatedNamesTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Quorvel and Halvane raised $90 million between them.|Quorvel;Halvane",
        "en|The fund invested in Quorvel, Halvane and Brightmoor last year.|Quorvel;Halvane;Brightmoor",
        "it|Il fondo ha investito in Velantis e Korvia lo scorso anno.|Velantis;Korvia",
        "de|Der Fonds investierte in Korvia und Lumora im Frühjahr.|Korvia;Lumora",
        "fr|Le fonds a investi dans Nuvelle et Orvane cette année.|Nuvelle;Orvane",
        "es|El fondo ha invertido en Ondara y Velantis este año.|Ondara;Velantis",
    })
    void shouldReadNamesJoinedToACompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a person joined to a company stays a person; a name after a comma outside a list is not joined
        "en|The fund invested in Quorvel and Anna Berg's studio.|Quorvel",
        "en|The fund invested in Quorvel, Halvane said on Monday.|Quorvel",
    })
    void shouldNotJoinPeopleOrNamesOutsideAList(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a place right after "in", "à", "a", "en" stays a place when a list of companies goes on after it
        "en|Quorvel, based in Lyon, and Halvane have raised $70 million and $45 million respectively.|Lyon",
        "fr|Quorvel, basée à Lyon, et Halvane ont levé 70 et 45 millions d'euros respectivement.|Lyon",
        "it|Quorvel, con sede a Torino, e Halvane hanno raccolto 70 e 45 milioni di euro rispettivamente.|Torino",
        "es|Quorvel, con sede en Lima, y Halvane han captado 70 y 45 millones de euros respectivamente.|Lima",
        "de|Quorvel, mit Sitz in Graz, und Halvane haben 70 und 45 Millionen Euro eingesammelt.|Graz",
    })
    void shouldNotJoinAPlaceNamedAfterALocativePreposition(String language, String text, String place) {
        assertFalse(names(text, language).contains(place), () -> language + " " + names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a source named before a list of companies stays a source
        "en|According to the Halvane Times, Quorvel, a Paris start-up, has raised $80 million.|Halvane Times",
        "fr|D'après le Halvane Times, Quorvel, une pépite parisienne, a levé 80 millions d'euros.|Halvane Times",
        "it|Secondo il Halvane Times, Quorvel, una startup di Parigi, ha raccolto 80 milioni di euro.|Halvane Times",
        "es|Según el Halvane Times, Quorvel, una startup de París, ha captado 80 millones de euros.|Halvane Times",
        "de|Laut der Halvane Times hat Quorvel, ein Pariser Start-up, 80 Millionen Euro eingesammelt.|Halvane Times",
    })
    void shouldNotJoinASourceNamedBeforeAList(String language, String text, String source) {
        assertFalse(names(text, language).contains(source), () -> language + " " + names(text, language));
    }
}

package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The company an investment goes to, named after an investment verb, its amount and "in" ("invested up to $2bn in
 * Zentrix"): a company place in every language, though the table does not know the name.
 */
class InvestedAmountTargetTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The chip group said it would invest up to $40 billion in Quorvel over four years.|Quorvel",
        "en|Last spring the insurer invested $350 million into Brightmoor, people said.|Brightmoor",
        "en|An investment of $1.2bn in Halvane would be the largest of the year.|Halvane",
        "it|Il gruppo giapponese ha investito 800 milioni di euro in Velantis.|Velantis",
        "it|Il colosso potrebbe investire fino a 3 miliardi di dollari in Velantis.|Velantis",
        "de|Der Konzern investiert 2,5 Milliarden Euro in Korvia, teilte er mit.|Korvia",
        "de|Die Bank steckte 400 Millionen Dollar in Korvia.|Korvia",
        "fr|Le fonds souverain va investir jusqu'à 5 milliards de dollars dans Nuvelle.|Nuvelle",
        "fr|Un assureur a investi 120 millions d'euros dans Nuvelle l'an passé.|Nuvelle",
        "es|El grupo planea invertir hasta 7.000 millones de dólares en Ondara.|Ondara",
        "es|El banco invirtió 250 millones de euros en Ondara el año pasado.|Ondara",
        // an amount written with the currency before or after its number, and words before it
        "es|El grupo invertirá US$400 millones en Ondara.|Ondara",
        "fr|Le fonds prévoit d'investir jusqu'à 3 mds $ dans Nuvelle.|Nuvelle",
        "fr|Le groupe a annoncé un investissement pouvant atteindre 2 milliards d'euros dans Nuvelle.|Nuvelle",
    })
    void shouldReadTheCompanyAnAmountIsInvestedIn(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // places and months after the amount are no companies
        "en|The group will invest $40 billion in Texas and $10 billion in March.",
        "it|Il governo ha investito 800 milioni di euro in Italia.",
        "de|Der Konzern investiert 2,5 Milliarden Euro in Deutschland.",
        "fr|Le groupe va investir 5 milliards d'euros dans la France en juin.",
        "es|El grupo invirtió 250 millones de euros en España.",
        // a person's name is no company
        "en|The fund invested $20 million in Anna Berg's new venture.",
    })
    void shouldNotReadPlacesOrPeopleAsTargets(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a product named before the noun that describes its maker qualifies that noun: the maker is the company
        "en|The two groups will invest up to $9 billion in the Lumo maker Quorvel.|Quorvel",
        "en|The bank invested $300 million in Brightmoor, the Lumo developer.|Brightmoor",
    })
    void shouldNotReadTheProductBeforeItsMakerAsTheTarget(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }
}


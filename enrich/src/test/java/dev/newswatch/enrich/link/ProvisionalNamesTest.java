package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Companies the entity table does not know, read from the places where news names companies. */
class ProvisionalNamesTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // subject of a raise verb, with an apposition
        "en|Zentrix Robotics, a Munich-based start-up, has raised $300 million.|Zentrix Robotics",
        // description before the name
        "en|The AI start-up Quorvel closed a $120 million round.|Quorvel",
        // object of an acquisition verb; the legal form is not part of the name
        "en|The group agreed to acquire Brightmoor Systems Inc. for $2 billion.|Brightmoor Systems",
        // the lead investor after 'led by'
        "en|The round was led by Halvora Capital.|Halvora Capital",
        "it|La start-up Velantis ha raccolto 200 milioni di euro.|Velantis",
        "de|Das Münchner Start-up Korvia hat 150 Millionen Euro eingesammelt.|Korvia",
        // a German compound that describes the company is not part of its name
        "de|Im Juli übernahm der Konzern die US-Firma Korvia Robotics.|Korvia Robotics",
        "de|Der Konzern will die US-amerikanische Brontix Engineering Inc. übernehmen.|Brontix Engineering",
        "de|Der Konzern übernimmt das KI-Chip-Startup Lumora für 2 Milliarden Euro.|Lumora",
        "fr|La pépite Nuvelle lève 180 millions d'euros.|Nuvelle",
        "es|La startup Ondara ha recaudado 90 millones de euros.|Ondara",
        // a possessive before an amount and a round noun
        "en|Analysts praised Quorvel's $80 million round.|Quorvel",
        "en|Observers doubted Brightmoor's nearly $650 million Series D.|Brightmoor",
        // a genitive after a round noun and an amount, or after an amount and its currency
        "it|Si parla di un round da 35 miliardi di Velantis.|Velantis",
        "es|Se cerró una ronda de 20.000 millones de Ondara.|Ondara",
        "fr|On évoque les 6,6 milliards de dollars de Nuvelle.|Nuvelle",
        // an adjective after the description, as Romance languages place it
        "fr|Le groupe a racheté la société américaine Orvane pour 200 millions de dollars.|Orvane",
        // the group described with its nationality; the part of its capital bought
        "fr|Le fabricant prend la majorité dans le groupe américain Orvane.|Orvane",
        "fr|Le fabricant a payé 300 millions pour 75 % du capital de Orvane.|Orvane",
        "it|Il fondo ha pagato 300 milioni per il 60% del capitale di Orvane.|Orvane",
        "es|El fondo compró el 60% del capital de Orvane por 300 millones.|Orvane",
        "it|La start-up milanese Velantis ha raccolto 20 milioni.|Velantis",
        "es|La empresa vasca Ondara ha recaudado 9 millones.|Ondara",
        // a lower-case brand between a deal role and a description
        "en|The lab completed its acquisition of qorb, the hardware startup of two designers.|qorb",
        "es|El laboratorio comprará qorb, la startup de dispositivos.|qorb",
        // an elided French article is not part of the name
        "fr|Le rachat d'Orvane Robotics est bouclé.|Orvane Robotics",
        // session 6: a German compound describing a company, inflected, right before the name
        "de|Im Jahr 2019 kaufte der Konzern den Speicherspezialisten Korvia für 6 Milliarden Dollar.|Korvia",
        // session 6: more descriptions before a name
        "en|The group bought video streaming service Quorvel for $1 billion.|Quorvel",
        "es|El grupo compró el fabricante alemán Ondara por 900 millones.|Ondara",
        "fr|Le groupe a payé 500 millions de dollars pour s'offrir Orvane.|Orvane",
        "es|En 2019, Ondara invirtió 450 millones de dólares en la empresa.|Ondara",
    })
    void shouldReadACompanyFromACompanyPlace(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a capitalised word is not a company by itself
        "en|In March the market for chips grew to $500 billion.",
        "en|Paris will host the summit on Monday.",
        // a person after 'led by' followed by a title
        "en|The effort was led by Anna Berg, the chief executive.",
        // nationality before the real name
        "en|AMD will buy the Finnish laboratory for $600 million.",
        // a person after 'led by', found by the given name
        "en|The round was led by Sam Keller with $40 million.",
        // a person's name before a suffix is still a person; the surname alone later too
        "en|Reports said the Anna Berg AI Lab raised $10 billion. Berg raised $2 billion more.",
        // a number word before a suffix
        "en|Four AI start-ups closed rounds worth $1 billion.",
        // a '-like' modifier before a suffix
        "en|The startup built ChatGPT-like AI and raised $26 million.",
        // a lower-case word is a brand only between a deal role and a description
        "en|The start-up was backed by others, the company said, with $5 million.",
        // a source, not a party
        "en|Half of the money went to AI, according to data provider Datanook.",
        // a preposition after the description leads to a product, not to the company
        "fr|L'entreprise derrière le chatbot Quillo attire 2 milliards de dollars.",
        "es|La compañía creadora de Quillo anunció 40.000 millones de dólares.",
        // a French elided article before a person
        "fr|La start-up d'Elon Musk lève 6 milliards de dollars.",
        // a word opening a sentence, with a curly apostrophe
        "fr|Aujourd’hui, la start-up lève 100 millions de dollars.",
        // German money nouns are capitalised like names
        "de|Das war der höchste Betrag, den eine private Firma je von Investoren bekam.",
        "de|Die Summe von 40 Milliarden Dollar übertraf den Kaufpreis der Konkurrenz.",
        // German adverbs and partnership nouns opening a clause before a deal verb
        "de|Dafür erhält der Zulieferer 300 Millionen Euro.",
        // a verb-second clause fronts an adverb right before a deal verb whose subject follows it
        "de|Dann zahlte der Konzern 2 Milliarden Dollar für die Lizenz.",
        "de|Schließlich sammelte das Labor 80 Millionen Euro ein.",
        "de|Damals investierte der Fonds 500 Millionen Euro.",
        "de|Anschließend übernahm die Gruppe den Zulieferer für 90 Millionen Euro.",
        "de|Der Auftrag ist Teil einer Offensive von 3 Milliarden Dollar, mit der die Kooperation wächst.",
        // an age before a description: "Three-month-old AI start-up"
        "en|Three-month-old AI startup raises $90 million.",
        // a number glued to a unit, in a company place
        "en|The start-up 600MW raised $50 million for its campus.",
        // a place opened by a capitalised Spanish article inside an English sentence
        "en|The start-up based in Las Vegas raised $50 million.",
    })
    void shouldNotMakeACompanyOfOrdinaryCapitalisedWords(String language, String text) {
        assertEquals(List.of(), names(text, language), text);
    }

    @Test
    void shouldMarkEveryLaterMentionOfTheSameCompanyWithOneId() {
        String text = "The start-up Quorvel raised $120 million. Quorvel will hire 50 engineers.";

        List<EntityMention> mentions = finder.find(text, "en", List.of());

        assertEquals(2, mentions.size());
        assertTrue(mentions.stream().allMatch(m -> m.provisional() && m.entityId().equals("quorvel")));
        assertEquals(text.indexOf("Quorvel will"), mentions.get(1).start());
    }

    @Test
    void shouldReadTheNameThatOpensALineOfARoundUpWithItsAmount() {
        String english = "Top rounds this week:\n• Tarnwell — $95M (Series B)\nQuillory: $40 million\n";
        String italian = "I contratti: • Velantis → 17,4 miliardi di dollari (GPU) • Orvane → ~14 miliardi\n";

        assertEquals(List.of("Tarnwell", "Quillory"), names(english, "en"));
        assertEquals(List.of("Velantis", "Orvane"), names(italian, "it"));
    }

    @Test
    void shouldKeepTheWordTrueInANameBecauseYamlBooleansInTheCuesAreQuoted() {
        // regression: an unquoted 'on' in the not-names was read by YAML as the boolean true, which cut "True"
        assertEquals(List.of("True Quasar"), names("The space start-up True Quasar raised $600 million.", "en"));
    }

    @Test
    void shouldNotReadTheGermanGenitiveOfAKnownNameAsACompany() {
        String text = "Der Investor SoftBank investiert. Das Start-up SoftBanks wächst.";
        int start = text.indexOf("SoftBank");
        EntityMention known = new EntityMention("softbank", "SoftBank", "SoftBank", start, start + 8);

        assertEquals(List.of(), finder.find(text, "de", List.of(known)));
    }

    @Test
    void shouldNotReadCapitalsOfATitleCaseHeadlineAsNamesUnlessASuffixOrTheBodySaysSo() {
        assertEquals(List.of(), names("Brightwave Acquires The Firm Of Planning Tools Quellor For $2 Billion", "en"));
        assertEquals(List.of(), names("Brightwave Adquiere la Firma de Gestión de Planes Quellor por 2 Mil Millones", "es"));
        assertEquals(List.of("Quellor Labs"), names("Brightwave Acquires The Start-up Quellor Labs For $2 Billion", "en"));
        // the body names it as a company: its headline mention is the same company
        assertEquals(List.of("quellor", "quellor"), finder.find("Brightwave Acquires Planning Firm Quellor For $2 Billion\n"
                + "The start-up Quellor makes planning tools.", "en", List.of()).stream().map(EntityMention::entityId).toList());
    }

    @Test
    void shouldNotReadHyphenatedModifiersGermanTimeNounsOrCountriesAsCompanies() {
        assertEquals(List.of(), names("Analysts expect investments in AI-related data centres to reach $6 trillion.", "en"));
        assertEquals(List.of(), names("Schon im Herbst des vergangenen Jahres bekam das Start-up 900 Mio. Dollar.", "de"));
        // countries in the languages' own spelling raise money only as a sum of their start-ups
        assertEquals(List.of(), names("México recaudó 300 millones en 20 rondas y Brasil levantó 500 millones.", "es"));
        // a sentence adverb before a comma, and "U.S" cut from its last dot by the sentence end
        assertEquals(List.of("Quellor"), names("Recently, the start-up Quellor raised $90 million in the U.S. It grew.", "en"));
        // an acronym in the plural counts things
        assertEquals(List.of(), names("The army could spend $470 million on buying UAVs and GPUs next year.", "en"));
    }

    @Test
    void shouldTellANewNameThatEndsLikeAFund() {
        List<EntityMention> mentions = finder.find("The round was led by Halvora Capital. The start-up Quellor Labs grew.",
                "en", List.of());

        assertEquals(List.of(true, false), mentions.stream().map(finder::namesFund).toList());
    }

    @Test
    void shouldLeaveNamesOfTheEntityTableAlone() {
        String text = "The start-up Quorvel raised $120 million.";
        int start = text.indexOf("Quorvel");
        EntityMention known = new EntityMention("quorvel-known", "Quorvel", "Quorvel", start, start + 7);

        assertEquals(List.of(), finder.find(text, "en", List.of(known)));
    }
}

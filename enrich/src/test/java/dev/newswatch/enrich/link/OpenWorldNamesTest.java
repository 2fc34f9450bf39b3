package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 23: more of the places where news names a company the table does not know, in five languages: the
 * company of a person's role ("the CEO of Zentrix"), a founding ("Zentrix was founded in 2019"), a copula ("Zentrix
 * is a ... start-up"), more appositions ("a ... manufacturer", "une fintech"), its shares and contracts, and the
 * words that must not join a name (a capitalised nationality noun, an elided article at a sentence start, "ex-", a
 * person's name right after the company's).
 */
class OpenWorldNamesTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // the company of a person's role
        "en|Anna Berg, the CEO of Zentrix, said the money would go to hiring.|Zentrix",
        "en|Speaking on Monday, a co-founder of Quorvel said the money will fund chips.|Quorvel",
        "it|Lo ha detto il fondatore di Velantis durante la presentazione.|Velantis",
        "fr|Le PDG de Nuvelle a confirmé la levée lors d'un entretien.|Nuvelle",
        "es|El consejero delegado de Ondara confirmó la operación.|Ondara",
        "de|Der Gründer von Korvia bestätigte die Finanzierung.|Korvia",
        // a founding: companies are founded, people are born
        "en|Quorvel was founded in 2021 by three engineers.|Quorvel",
        "it|Velantis è stata fondata nel 2018 a Torino.|Velantis",
        "fr|Nuvelle a été fondée en 2020 par deux chercheuses.|Nuvelle",
        "es|Ondara fue fundada en 2017 por dos ingenieros.|Ondara",
        "de|Korvia wurde 2019 in Leipzig gegründet.|Korvia",
        // a copula with a company noun
        "en|Quorvel is a Boston-based robotics startup.|Quorvel",
        "es|Ondara es una compañía fundada por dos hermanos.|Ondara",
        "fr|Nuvelle est une start-up lyonnaise.|Nuvelle",
        "it|Velantis è una società di ingegneria.|Velantis",
        "de|Korvia ist ein junges Unternehmen aus Jena.|Korvia",
        // appositions with more company nouns
        "en|Shares of Quorvel, the Seoul-based memory chip manufacturer, doubled.|Quorvel",
        "fr|À titre de comparaison, Orvane, une fintech américaine, annonce aussi une levée.|Orvane",
        "fr|Les fintechs françaises Nuvelle et Orvane ont levé des fonds.|Nuvelle, Orvane",
        "it|Tra i premiati c'è Velantis, storica azienda nata a Milano.|Velantis",
        // shares and contracts
        "en|The group signed a ten-year contract with Quorvel Mining.|Quorvel Mining",
        "es|El grupo firmó un contrato con Ondara para diez años.|Ondara",
        // a purchase or a sale named as a noun, and the buyer's verbs
        "it|Nell'anno è stata chiusa la vendita di Velantis da parte del fondo.|Velantis",
        "it|Il gruppo ha acquistato la Velantis Products per 2 miliardi.|Velantis Products",
        "fr|Le groupe a mis la main sur Orvane pour 16 milliards de dollars.|Orvane",
        // a role right after the name, without a comma: the company of the person who holds it
        "en|Quorvel chief executive Mira Dahl said the loan had closed.|Quorvel",
        // a possessive and a round or a listing a few words later
        "en|Analysts praised Quorvel's long-awaited Series B.|Quorvel",
        // an adverb between the subject and its deal verb
        "en|Quorvel recently raised $330 million in venture backing.|Quorvel",
        "es|Ondara también cerró una ronda de 20 millones.|Ondara",
        // one of the examples of a kind of company
        "en|Lenders to companies like Quorvel grew cautious.|Quorvel",
        "es|Empresas como Ondara lo han integrado en su modelo.|Ondara",
        // a German compound whose first part is the company: "Korvia-Gründer"
        "de|Korvia-Gründer Jonas Feld bestätigte die Finanzierungsrunde.|Korvia",
        // a sector noun in -tech as the description
        "fr|La Fintech lyonnaise Orvane a levé 5 millions d'euros.|Orvane",
        // a German compound description ending in a studio
        "de|Der Kauf des Spielestudios Korvia kostete 12 Milliarden Dollar.|Korvia",
        // an apposition with the definite article and a noun of the kind of company
        "en|Quorvel, the most hyped neocloud unicorn, borrowed $2 billion.|Quorvel",
        // a name that opens with a digit
        "de|Das norwegische Robotik-Start-up 4Z Robotics erhielt 100 Millionen Dollar.|4Z Robotics",
        // a demonym of a town or a region, in lower case after an article, read by its ending
        "it|Il fondo ha scelto la marchigiana Velantis per investire 26 milioni di euro.|Velantis",
        "fr|Le fonds a soutenu la grenobloise Orvane à hauteur de 5 millions d'euros.|Orvane",
        "es|El fondo ha apoyado a la madrileña Ondara con 9 millones.|Ondara",
        // a possessive and a loan
        "en|Lenders liked Quorvel's $3.2 billion chip-secured loan.|Quorvel",
        // a contracted description with a complement of its field
        "it|Il gruppo investirà 2 miliardi nella società texana di calcolo quantistico Velantis.|Velantis",
    })
    void shouldReadACompanyFromAPlaceOfNews(String language, String text, String expected) {
        assertEquals(List.of(expected.split(", ")), names(text, language), text);
    }

    @Test
    void shouldCutAHeadlineNameAtItsDealVerbSoThatTheBodyNamesIt() {
        // Given a headline in title case whose verb has a capital, and a body that names the company
        String text = "Quorvel Raises $50M Series B To Build Humanoid Robots\nThe start-up Quorvel builds robots.";

        // When the names are read
        List<EntityMention> read = finder.find(text, "en", List.of());

        // Then the headline's "Quorvel" is the body's company, not "Quorvel Raises"
        assertEquals(List.of(0, text.lastIndexOf("Quorvel")), read.stream().map(EntityMention::start).toList());
        assertEquals(List.of("quorvel", "quorvel"), read.stream().map(EntityMention::entityId).toList());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a nationality written as a capitalised noun is not part of the name
        "fr|Le Français Orvane emprunte 620 millions d'euros.|Orvane",
        "fr|Le fonds a racheté le Canadien Orvane pour 2 milliards de dollars.|Orvane",
        // an Italian verb with a capital at the start of a sentence
        "it|È Velantis, startup fondata nel 2012, a vincere il premio.|Velantis",
        // a former company after "ex-"
        "fr|Le fabricant Quorvel Semiconductors (ex-Orvane Semiconductors) a été racheté par le groupe.|Quorvel Semiconductors, Orvane Semiconductors",
        // the company ends where a person's name begins
        "it|A marzo l'amministratore delegato di Velantis Greg Morel ha lasciato l'incarico.|Velantis",
        // a German compound description before the name is not part of it
        "de|Der Robo-Advisor Korvia Capital hat 50 Millionen Euro eingesammelt.|Korvia Capital",
        "de|Der Lieferdienst Korvia sammelte 20 Millionen Euro ein.|Korvia",
        // an instrument code of a news agency after the name
        "fr|Le groupe a conclu un accord avec Orvane Systems ORVS.O pour ses puces.|Orvane Systems",
    })
    void shouldKeepOnlyTheNameOfTheCompany(String language, String text, String expected) {
        assertEquals(List.of(expected.split(", ")), names(text, language), text);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // an elided article with a capital at the start of a sentence, before a lower-case word, is no name
        "fr|L’entreprise a levé 50 millions d'euros.",
        "fr|D'après le journal, la banque a prêté 50 millions d'euros.",
        // a person's role in a body that is no company is read only where a company noun or role stands
        "en|The talks were held in March and the market grew to $4 billion.",
        // people are born, not founded
        "en|Anna Berg was born in 1980 and joined the board in 2020.",
        // a person's role after a comma
        "en|Dahl, chief executive since May, said the round had closed.",
        // a kind of investor or of technology is no company, even with a suffix
        "en|Corporate Venture Capital poured $9 billion into start-ups.",
        "en|Generative AI attracted $33 billion in private investment.",
        "en|Why AI start-ups raised $89 billion last year.",
        // an adjective after an article that is no demonym
        "it|La nuova Velantis sarà presentata a maggio.",
    })
    void shouldReadNoCompany(String language, String text) {
        assertEquals(List.of(), names(text, language), text);
    }
}

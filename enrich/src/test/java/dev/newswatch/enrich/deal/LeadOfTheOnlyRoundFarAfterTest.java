package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lead named many sentences after the only round an article tells ("X led the round", "die Runde wurde von X
 * angeführt"), in a sentence with a round word that names neither the company nor another amount, is that
 * round's lead. Before, such a sentence counted only within six sentences of the round, or when it opened with a
 * reference to the deal. When another company's deal is told before the lead, it stays unread. Sentences of our own.
 */
class LeadOfTheOnlyRoundFarAfterTest {

    private static final String EN = " The founders met at university. They started with two engineers. The first office "
            + "was a garage. Customers came slowly at first. The product now runs in many hospitals. Hiring is the next "
            + "step. The team plans two new offices. ";
    private static final String DE = " Die Gründer lernten sich an der Universität kennen. Sie begannen mit zwei "
            + "Ingenieuren. Das erste Büro war eine Garage. Die Kunden kamen zunächst langsam. Das Produkt läuft heute in "
            + "vielen Kliniken. Als Nächstes wird eingestellt. Das Team plant zwei neue Büros. ";
    private static final String FR = " Les fondateurs se sont connus à l'université. Ils ont commencé avec deux "
            + "ingénieurs. Le premier bureau était un garage. Les clients sont venus lentement. Le produit tourne "
            + "aujourd'hui dans de nombreux hôpitaux. Le recrutement est la prochaine étape. L'équipe prévoit deux "
            + "nouveaux bureaux. ";
    private static final String IT = " I fondatori si sono conosciuti all'università. Hanno iniziato con due ingegneri. "
            + "Il primo ufficio era un garage. I clienti sono arrivati lentamente. Il prodotto oggi funziona in molti "
            + "ospedali. Le assunzioni sono il prossimo passo. Il team prevede due nuovi uffici. ";
    private static final String ES = " Los fundadores se conocieron en la universidad. Empezaron con dos ingenieros. La "
            + "primera oficina era un garaje. Los clientes llegaron despacio. El producto funciona hoy en muchos "
            + "hospitales. Contratar es el siguiente paso. El equipo prevé dos nuevas oficinas. ";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside has raised $40 million.|Index Ventures again led the round.",
        "en|Poolside has raised $40 million.|The round was once more led by Index Ventures, with several angels.",
        "de|Poolside hat 40 Millionen Dollar eingesammelt.|Die Runde wurde diesmal von Index Ventures angeführt.",
        "fr|Poolside lève 40 millions de dollars.|Cette fois, le tour de table était mené par Index Ventures.",
        "it|Poolside ha raccolto 40 milioni di dollari.|Il round stavolta è stato guidato da Index Ventures.",
        "es|Poolside ha levantado 40 millones de dólares.|La ronda fue esta vez liderada por Index Ventures."})
    void theLeadFarAfterTheOnlyRoundIsItsLead(String language, String round, String lead) {
        assertDeals(language, round + filler(language) + lead,
                List.of(deal("Poolside", "Index Ventures", "40E6", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside has raised $40 million.|Cohere has raised $20 million.|Index Ventures again led the round.",
        "de|Poolside hat 40 Millionen Dollar eingesammelt.|Cohere hat 20 Millionen Dollar eingesammelt."
            + "|Die Runde wurde diesmal von Index Ventures angeführt.",
        "fr|Poolside lève 40 millions de dollars.|Cohere lève 20 millions de dollars."
            + "|Cette fois, le tour de table était mené par Index Ventures."})
    void aLeadAfterAnotherCompanysRoundIsNotTheFirstRoundsLead(String language, String round, String other,
                                                               String lead) {
        String text = round + filler(language) + other + filler(language) + lead;
        assertDeals(language, text, List.of(deal("Poolside", null, "40E6", "USD"), deal("Cohere", null, "20E6", "USD")));
    }

    private static String filler(String language) {
        return switch (language) {
            case "de" -> DE;
            case "fr" -> FR;
            case "it" -> IT;
            case "es" -> ES;
            default -> EN;
        };
    }
}

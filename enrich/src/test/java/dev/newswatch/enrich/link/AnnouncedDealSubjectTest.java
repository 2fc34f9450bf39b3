package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject of a deal verb that an announcing verb or a "just" stands before: "Zentrix announced on Sunday that
 * it has raised", "Zentrix a annoncé avoir levé", "Zentrix anunció que ha cerrado", "Zentrix ha annunciato la
 * chiusura", "Zentrix just raised", "vient de lever", "acaba de cerrar". German puts the deal verb itself second
 * ("Zentrix sammelte"), a place the after phrases hold already.
 */
class AnnouncedDealSubjectTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Quorvel announced on Tuesday that it has raised $70 million from two funds.|Quorvel",
        "en|Brightmoor said late Friday it had closed a $45 million round.|Brightmoor",
        "en|Halvane just raised $12 million for its drone software.|Halvane",
        "it|Velantis ha annunciato la chiusura di un round da 18 milioni di euro.|Velantis",
        "it|Velantis ha appena chiuso una raccolta di 9 milioni.|Velantis",
        "fr|Nuvelle a annoncé mardi avoir levé 14 millions d'euros.|Nuvelle",
        "fr|Nuvelle vient de lever 8 millions d'euros auprès de business angels.|Nuvelle",
        "es|Ondara anunció este lunes que ha cerrado una ronda de 11 millones.|Ondara",
        "es|Ondara acaba de recaudar 6 millones de euros.|Ondara",
        "de|Korvia sammelte erneut 40 Millionen Euro ein.|Korvia",
    })
    void shouldReadTheSubjectOfAnAnnouncedDeal(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // a person announcing a deal is no company, nor is an announcement of something else
        "en|Anna Berg announced on Sunday that it has raised $5 million.",
        "en|Quorvel announced on Tuesday that it has hired a new chief of staff.",
        "fr|Nuvelle a annoncé mardi avoir recruté cinquante ingénieurs.",
    })
    void shouldNotReadOtherAnnouncementsAsDeals(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

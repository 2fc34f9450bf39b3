package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name the table does not know is a company when it borrows ("Korvia a emprunté", "Korvia empruntait"), when it
 * obtains or raises in the imperfect of narration ("Korvia obtenait un prêt"), or when a weekly round-up ranks it by
 * its round ("Korvia se classe deuxième avec", "Korvia occupe la première place"); so are two names joined by "et"
 * before "ont chacun levé". Sentences of our own.
 */
class BorrowerAndRankedCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text) {
        return finder.find(text, "fr", List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "L'an dernier, Korvia a emprunté 80 millions d'euros à trois banques.",
        "En 2020, Korvia empruntait 80 millions d'euros pour ses usines.",
        "Le 2 mai, Korvia obtenait un prêt de 80 millions d'euros.",
        "Korvia se classe troisième avec une levée de 9 millions d'euros.",
        "Korvia arrive en tête avec un tour de table de 9 millions d'euros.",
        "Avec 9 millions d'euros, Korvia occupe la première place du classement.",
        "Korvia rafle la troisième place grâce à un tour de table de 9 millions d'euros.",
        "Korvia conclut la levée la plus importante de la semaine avec 9 millions d'euros."})
    void theBorrowerOrTheRankedNameIsACompany(String text) {
        assertEquals(List.of("Korvia"), names(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Deux jeunes pousses ferment la marche : Korvia et Zentrix qui ont chacun levé 3 millions d'euros.",
        "Korvia et Zentrix, qui ont chacune levé 3 millions d'euros, ferment la marche."})
    void twoNamesThatEachRaisedAreCompanies(String text) {
        assertEquals(List.of("Korvia", "Zentrix"), names(text));
    }
}

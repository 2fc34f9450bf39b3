package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import org.junit.jupiter.api.Test;

/**
 * What opens a French news sentence before its subject (docs/EXTRACTION.md, session 23, French news grid), in
 * sentences of our own: a subordinate clause ("Alors que Google et IBM ..., la start-up X lève N") whose names are not
 * the subject of the deal word after its comma, even with a complement set off by a second comma; and a passive
 * participle that opens the sentence ("Rachetée par Y pour N, la pépite X ...") and describes the first name after its
 * comma, in French and in English. And the company of the person a sentence is about ("Le patron de X se réjouit")
 * is that sentence's topic for a description in the next one.
 */
class FrenchOpeningClausesTest {

    @Test
    void theNamesOfAnOpeningSubordinateClauseAreNotTheSubject() {
        // Given a sentence opened by "alors que" whose clause names other companies before a comma
        // When the sentences are read
        // Then the company named after the comma raises
        assertOneDeal("fr", "Alors que la bataille des modèles fait rage, entre les deux rivaux Google et Oracle, la "
                + "jeune pousse Cohere prend de l'avance en levant 31 millions d'euros auprès de Sequoia Capital.",
                "Cohere", "Sequoia Capital", "31E6", "EUR");
        assertOneDeal("fr", "Tandis que le marché ralentit, chez les géants américains Google et Oracle, la start-up "
                + "Poolside lève 40 millions d'euros.", "Poolside", null, "40E6", "EUR");
    }

    @Test
    void aSubordinateClauseWithoutANameAfterItsCommaKeepsItsSubject() {
        // Given an opening subordinate clause that holds the subject itself, and no name after its comma
        // When the sentence is read
        // Then the company of the subordinate clause is still the one that raises
        assertOneDeal("fr", "Lorsque Poolside a levé 30 millions d'euros, beaucoup ont douté.", "Poolside", null,
                "30E6", "EUR");
    }

    @Test
    void aParticipleOpeningTheSentenceDescribesTheFirstNameAfterItsComma() {
        // Given a passive participle with its agent and price before the comma, the company bought after it
        // When the sentence is read
        Deal deal = assertOneDeal("fr", "Rachetée par Oracle pour 170 millions d'euros, la pépite française Cohere "
                + "passe sous pavillon américain.", "Cohere", "Oracle", "170E6", "EUR");
        // Then the name after the comma is the company bought, the agent its buyer
        assertEquals(DealType.ACQUISITION, deal.type());
        assertOneDeal("en", "Acquired by Oracle for $170m, Cohere is now part of its cloud unit.", "Cohere", "Oracle",
                "170E6", "USD");
    }

    @Test
    void theCompanyOfThePersonASentenceIsAboutIsWhatADescriptionAfterItStandsFor() {
        // Given a sentence about an investor, then one about the head of another company, then a description raising
        // When the sentences are read
        // Then the description stands for the company of that head, not for the investor named before
        assertOneDeal("fr", "Oracle investit beaucoup en Europe. Le patron de Cohere se montre confiant. La jeune "
                + "pousse a finalisé un tour de table de 92 millions d'euros.", "Cohere", null, "92E6", "EUR");
        assertOneDeal("fr", "Oracle investit beaucoup en Europe. En ce vendredi, Marie Durand, cofondatrice et PDG de "
                + "Helsing, se réjouit. La start-up vient de lever 35 millions d'euros.", "Helsing", null, "35E6",
                "EUR");
    }
}

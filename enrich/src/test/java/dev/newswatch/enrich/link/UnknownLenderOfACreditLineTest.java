package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lender the table does not know, named after a credit line, a loan or a financing agreement "with" it ("a $300m
 * credit facility with Korvia", "una linea di credito da N con Korvia", "une ligne de crédit de N avec Korvia", "una
 * línea de crédito de N con Korvia", "einen Kredit über N bei Korvia"), is a company, so that the deal can name it as
 * the payer. Sentences of our own in the five languages.
 */
class UnknownLenderOfACreditLineTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The company signed a $300 million credit facility with Korvia last week.",
        "en|The group announced a $300 million financing agreement with Saudi Arabia's Korvia.",
        "it|La società ha ottenuto una linea di credito da 300 milioni di euro con Korvia.",
        "fr|La société a obtenu une ligne de crédit de 300 millions d'euros avec Korvia.",
        "es|La empresa consiguió una línea de crédito de 300 millones de euros con Korvia.",
        "de|Das Unternehmen hat sich einen Kredit über 300 Millionen Euro bei Korvia gesichert."})
    void theLenderIsACompany(String language, String text) {
        assertEquals(List.of("Korvia"), names(text, language));
    }
}

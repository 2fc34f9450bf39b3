package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A lead the table does not know, named after a German lead phrase and a description written as a compound noun
 * ("Angeführt wurde die Finanzierung von dem UK-Beteiligungsfonds Zentrix", "angeführt von dem Investmentfonds
 * Zentrix"), is a company, and the description is no part of its name ("Investmentfonds" ends like "fonds", a
 * descriptor). German only: the other languages write such descriptions in lower case, read already. Sentences of our
 * own.
 */
class LeadNamedAfterAGermanCompoundDescriptionTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text) {
        return finder.find(text, "de", List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Angeführt wurde die Finanzierung von dem UK-Beteiligungsfonds Halvane.|Halvane",
        "Angeführt wurde die Runde vom Risikokapitalgeber Korvia aus Boston.|Korvia",
        "Die Runde wurde angeführt von dem Investmentfonds Zentrix.|Zentrix",
        "Die Runde wurde angeführt von dem kalifornischen Geldgeber ABX.|ABX"})
    void theLeadAfterTheDescriptionIsACompany(String text, String expected) {
        assertEquals(List.of(expected), names(text));
    }
}

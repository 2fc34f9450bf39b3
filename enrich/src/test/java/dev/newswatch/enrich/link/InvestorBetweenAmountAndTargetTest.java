package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investment noun with its amount and its investor before the company it goes into ("the investment of $14bn by
 * Korvia in Zentrix", "la inversión de 14.000 millones de dólares de Korvia en Zentrix", "l'investissement de 14
 * milliards de dollars de Korvia dans Zentrix", "l'investimento da 14 miliardi di Korvia in Zentrix"): both names
 * are companies.
 */
class InvestorBetweenAmountAndTargetTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Critics recall the investment of $14 billion by Halvane Capital in Quorvel.|Halvane Capital;Quorvel",
        "es|La inversión de 14.000 millones de dólares de Halvane Capital en Ondara fue un error.|"
                + "Halvane Capital;Ondara",
        "fr|L'investissement de 14 milliards de dollars de Halvane Capital dans Nuvelle a échoué.|"
                + "Halvane Capital;Nuvelle",
        "it|L'investimento da 14 miliardi di Halvane Capital in Velantis è fallito.|Halvane Capital;Velantis"})
    void shouldReadTheCompanyAfterTheInvestor(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

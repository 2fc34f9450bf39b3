package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An investment noun with its amount and its investor before the company it goes into ("the investment of $12.4bn by
 * Korvia in Zentrix", "la inversión de 12.400 millones de euros de Korvia en Zentrix", "l'investissement de 12,4
 * milliards d'euros de Korvia dans Zentrix", "l'investimento da 12,4 miliardi di Korvia in Zentrix"): both names
 * are companies.
 */
class InvestorBetweenAmountAndTargetTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Analysts question the investment of $12.4 billion by Halvane Capital in Quorvel.|Halvane Capital;Quorvel",
        "es|La inversión de 12.400 millones de euros de Halvane Capital en Ondara no dio fruto.|"
                + "Halvane Capital;Ondara",
        "fr|L'investissement de 12,4 milliards d'euros de Halvane Capital dans Nuvelle a déçu.|"
                + "Halvane Capital;Nuvelle",
        "it|L'investimento da 12,4 miliardi di Halvane Capital in Velantis ha deluso.|Halvane Capital;Velantis"})
    void shouldReadTheCompanyAfterTheInvestor(String language, String text, String expected) {
        assertEquals(List.of(expected.split(";")), names(text, language));
    }
}

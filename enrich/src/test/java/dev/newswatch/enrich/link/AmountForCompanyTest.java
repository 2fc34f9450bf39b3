package dev.newswatch.enrich.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.EntityMention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The company an amount is for, named right after the amount (with its scale) and "for", "per", "für", "pour" or
 * "para": "$50M for Zentrix", "€50M para Zentrix".
 */
class AmountForCompanyTest {

    private final ProvisionalNames finder = ProvisionalNames.bundled();

    private List<String> names(String text, String language) {
        return finder.find(text, language, List.of()).stream().map(EntityMention::name).distinct().toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Another week, another $65 million for Quorvel.|Quorvel",
        "it|Nuovo round: 30 milioni di euro per Velantis.|Velantis",
        "de|Frisches Geld: 45 Millionen Euro für Korvia.|Korvia",
        "fr|Une banque a versé 50 millions pour Nuvelle.|Nuvelle",
        "es|Otra semana, otros €50M para Ondara.|Ondara",
    })
    void shouldReadTheCompanyAnAmountIsFor(String language, String text, String expected) {
        assertEquals(List.of(expected), names(text, language));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        // an amount without a scale is a price; places and months after it are no companies
        "en|The plan costs $20 for Lumo users.",
        "en|The state set aside $2 billion for Texas in March.",
    })
    void shouldNotReadPricesOrPlacesAsCompanies(String language, String text) {
        assertEquals(List.of(), names(text, language));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A passive purchase whose subject, the company bought, is left out or is a pronoun ("è stata acquisita da X per N",
 * "fue adquirida por X por N", "wurde sie von X für N übernommen"), with only its buyer named after "by": the company
 * bought is the one the sentences before are about. Sentences of our own in the five languages.
 */
class PurchaseWithTheCompanyBoughtLeftOutTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Informatica sells data tools to banks. In 2025 it was acquired by Salesforce for $8 billion.",
        "it|Informatica vende software per i dati alle banche. Nel 2025 è stata acquisita da Salesforce per 8 miliardi "
            + "di dollari.",
        "es|Informatica vende programas de datos a bancos. En 2025 fue adquirida por Salesforce por 8.000 millones de "
            + "dólares.",
        "fr|Informatica vend des logiciels de données aux banques. En 2025, elle a été rachetée par Salesforce pour 8 "
            + "milliards de dollars.",
        "de|Informatica verkauft Datensoftware an Banken. 2025 wurde sie von Salesforce für 8 Milliarden Dollar "
            + "übernommen."})
    void theCompanyBoughtIsTheOneTheSentencesBeforeAreAbout(String language, String text) {
        DealCases.assertDeals(language, text, List.of(deal("Informatica", "Salesforce", "8000000000", "USD")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il software per i dati interessa le banche. Nel 2025 è stata acquisita da Salesforce per 8 miliardi di "
            + "dollari.",
        "es|El software de datos interesa a los bancos. En 2025 fue adquirida por Salesforce por 8.000 millones de "
            + "dólares.",
        "de|Datensoftware ist bei Banken beliebt. 2025 wurde sie von Salesforce für 8 Milliarden Dollar übernommen."})
    void withNoCompanyBeforeNothingIsBought(String language, String text) {
        DealCases.assertDeals(language, text, List.of());
    }
}

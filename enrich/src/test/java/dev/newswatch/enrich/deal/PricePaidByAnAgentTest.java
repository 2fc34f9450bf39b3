package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;
import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Il prezzo pagato da X per Y è pari a N", "The price paid by X for Y was N": a payment with no subject whose agent
 * stands right after it is paid by that agent for the company after "per" / "for"; the payer was left out.
 */
class PricePaidByAnAgentTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il prezzo pagato da Oracle per Cohere è pari a 70 milioni di euro.|70E6|EUR",
        "en|The price paid by Oracle for Cohere was $70 million.|70E6|USD"})
    void shouldGiveThePaymentToTheAgent(String language, String text, String amount, String currency) {
        // Given a price paid by an agent for a company
        // When / Then
        assertOneDeal(language, text, "Cohere", "Oracle", new BigDecimal(amount).toPlainString(), currency);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "it|Il prezzo pagato dai clienti per i servizi di Cohere è salito del 5%."})
    void shouldFindNoDealWithoutAnAmountPaidForACompany(String language, String text) {
        // Given a price paid by customers, with no amount
        // When / Then
        assertTrue(extract(language, text).isEmpty(), language + " \"" + text + "\"");
    }
}

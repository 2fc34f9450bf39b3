package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A company named through its nationality and "di" ("gli americani di Nvidia", "agli americani di Nvidia"): the "di"
 * belongs to the nationality, so the name is the subject or takes the preposition before the nationality, not that of
 * an owner. Before, the name after "di" was read as the owner of something and the buyer was lost. A nationality that
 * is an adjective after a noun ("la rivale parigina di X") keeps X the owner. Sentences of our own.
 */
class CompanyNamedThroughItsNationalityTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Gli americani di Nvidia comprano Cohere per 400 milioni di dollari.",
        "Cohere passa agli americani di Nvidia per 400 milioni di dollari.",
        "Cohere è stata acquistata dagli americani di Nvidia per 400 milioni di dollari.",
        "A marzo i californiani di Nvidia hanno rilevato Cohere per 400 milioni di dollari."})
    void theCompanyAfterItsNationalityBuys(String text) {
        // Given a buyer named as "the Americans of X"; When the sentence is read; Then X buys
        assertOneDeal("it", text, "Cohere", "Nvidia", "400E6", "USD");
    }
}

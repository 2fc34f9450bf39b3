package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lead of a round named as the subject of "is the lead investor" ("è l'investitore principale", "es el inversor
 * principal", "est l'investisseur principal", "ist der Hauptinvestor"), in the sentence after the round, or in an
 * absolute clause after it ("Lightspeed leading with Y participating"): that investor leads the round. Sentences of
 * our own in the five languages.
 */
class LeadNamedAsTheLeadInvestorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Mistral AI is about to raise $250 million. Lightspeed is the lead investor.",
        "en|Mistral AI is about to raise $250 million. Lightspeed is named as the round lead.",
        "en|Mistral AI is closing a $250 million round, Lightspeed leading with Nvidia participating.",
        "it|Mistral AI sta per raccogliere 250 milioni di dollari. Lightspeed è l'investitore principale.",
        "es|Mistral AI está a punto de recaudar 250 millones de dólares. Lightspeed es el inversor principal.",
        "fr|Mistral AI s'apprête à lever 250 millions de dollars. Lightspeed est l'investisseur principal.",
        "de|Mistral AI sammelt 250 Millionen Dollar ein. Lightspeed ist der Hauptinvestor."})
    void theInvestorNamedAsTheLeadLeadsTheRoundToldBefore(String language, String text) {
        DealCases.assertDeals(language, text,
                List.of(deal("Mistral AI", "Lightspeed Venture Partners", "250000000", "USD")));
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.deal;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lead of a round named as the subject of "is the lead investor" ("è l'investitore principale", "es el inversor
 * principal", "est l'investisseur principal", "ist der Hauptinvestor"), in the sentence after the round, or in an
 * absolute clause after it ("X leading with Y participating"): that investor leads the round. Sentences of
 * our own in the five languages.
 */
class LeadNamedAsTheLeadInvestorTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Poolside is about to raise $180 million. General Catalyst is the lead investor.",
        "en|Poolside is about to raise $180 million. General Catalyst was named as the round lead.",
        "en|Poolside is closing a $180 million round, General Catalyst leading with Nvidia participating.",
        "it|Poolside sta per raccogliere 180 milioni di dollari. General Catalyst è l'investitore principale.",
        "es|Poolside está a punto de recaudar 180 millones de dólares. General Catalyst es el inversor principal.",
        "fr|Poolside s'apprête à lever 180 millions de dollars. General Catalyst est l'investisseur principal.",
        "de|Poolside sammelt 180 Millionen Dollar ein. General Catalyst ist der Hauptinvestor."})
    void theInvestorNamedAsTheLeadLeadsTheRoundToldBefore(String language, String text) {
        DealCases.assertDeals(language, text,
                List.of(deal("Poolside", "General Catalyst", "180000000", "USD")));
    }
}

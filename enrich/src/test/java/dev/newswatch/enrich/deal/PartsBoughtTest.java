package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;

/**
 * A part of a company bought, written between the paying verb's preposition and the company (docs/EXTRACTION.md,
 * session 12): "paid $850m for 75% of the capital of X" pays X, as "paid $850m for X" does. Sentences of our own.
 */
class PartsBoughtTest {

    @Test
    void shouldPayTheCompanyWhosePartIsBoughtInEnglishFrenchAndItalian() {
        assertOneDeal("en", "Salesforce paid $620 million in cash for 80% of the share capital of Cohere.",
                "Cohere", "Salesforce", "620000000", "USD");
        assertOneDeal("en", "Oracle will pay $1.2 billion for 51 per cent of Aleph Alpha.",
                "Aleph Alpha", "Oracle", "1200000000", "USD");
        assertOneDeal("fr", "Salesforce a déboursé 620 millions de dollars en numéraire pour 80 % du capital de Cohere.",
                "Cohere", "Salesforce", "620000000", "USD");
        assertOneDeal("it", "Oracle ha pagato 1,2 miliardi di dollari per il 51% del capitale di Aleph Alpha.",
                "Aleph Alpha", "Oracle", "1200000000", "USD");
    }

    @Test
    void shouldReadDebourserAsAPayingVerb() {
        assertOneDeal("fr", "Apple a déboursé 400 millions de dollars pour racheter Silo AI.",
                "Silo AI", "Apple", "400000000", "USD");
    }
}

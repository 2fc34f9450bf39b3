package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertOneDeal;

import org.junit.jupiter.api.Test;

/**
 * "la aplicación", "la app": the Spanish press names a start-up by its product, and such a mention stands for the
 * company the sentences before are about (anaphor nouns of es.yml). Found on a real page (session 29, batch 19); the
 * sentences are written for these tests.
 */
class SpanishAppAnaphorTest {

    @Test
    void moneyPutIntoTheApplicationGoesToTheCompanyNamedBefore() {
        // Given a start-up named in one sentence and "la aplicación" in the next
        String text = "Perplexity creció muy deprisa en América Latina. El año pasado Nvidia le había inyectado "
                + "50 millones de dólares a la aplicación.";

        // When the deals are read / Then Nvidia pays Perplexity
        assertOneDeal("es", text, "Perplexity", "Nvidia", "5E7", "USD");
    }

    @Test
    void theAppThatRaisesIsTheCompanyNamedBefore() {
        // Given "la app" as the subject of a raise
        String text = "Perplexity se ha convertido en un fenómeno. La app ha levantado 200 millones de dólares en "
                + "una ronda liderada por Index Ventures.";

        // When the deals are read / Then Perplexity raised it
        assertOneDeal("es", text, "Perplexity", "Index Ventures", "2E8", "USD");
    }
}

package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.assertDeals;
import static dev.newswatch.enrich.deal.DealCases.deal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round-ups that give each company's amount in parentheses and drop the scale after the first item (session 25):
 * "A ($300 million) and B (250)", "la de A (150 millones de euros) o B (120)". A bare number alone in its
 * parentheses takes the scale and currency of the item before it; a year does not. Sentences of our own.
 */
class ParentheticalItemAmountsTest {

    @Test
    void aBareNumberInParenthesesTakesTheScaleOfTheItemBefore() {
        // Given a list of names, each with its amount in parentheses, the later ones bare numbers
        // When the deals are read
        // Then each name gets its own amount, in the scale and currency of the first
        assertDeals("en", "The biggest rounds went to Salesforce ($300 million) and Informatica (250).",
                List.of(deal("Salesforce", null, "3E8", "USD"), deal("Informatica", null, "2.5E8", "USD")));
        assertDeals("es", "La operación supera otras rondas del año, como la de Paack (150 millones de euros) o "
                + "Typeform (120).",
                List.of(deal("Paack", null, "1.5E8", "EUR"), deal("Typeform", null, "1.2E8", "EUR")));
    }

    @Test
    void aYearInParenthesesIsNoAmount() {
        // Given a parenthetical amount followed by a year in parentheses
        // When the amounts are read
        // Then the year stays no amount
        List<MoneyMention> found = new MoneyParser().find(
                "Paack (150 millones de euros), fundada en Madrid (2015), lidera el sector.", "es");
        assertEquals(1, found.size());
        assertEquals(0, new BigDecimal("1.5E8").compareTo(found.get(0).amount()));
    }
}

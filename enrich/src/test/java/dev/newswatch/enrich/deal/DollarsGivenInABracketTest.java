package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An amount in another currency followed by its dollars in a bracket ("¥700 million (US$98 million)"): the deal's
 * dollars are the ones the text gives, which also tell a yuan "¥" from a yen.
 */
class DollarsGivenInABracketTest {

    @Test
    void shouldTakeTheDollarsTheTextGivesForAYuanAmount() {
        // Given a round in yuan written with the sign "¥", its dollars in a bracket
        String text = "Corvana Pharma, a subsidiary of a listed drug group, has raised ¥700 million (US$98 million)"
                + " in a Series B round.";

        // When
        List<Deal> deals = DealCases.extract("en", text);

        // Then the deal is worth the dollars given, not the yen the sign would be read as
        assertEquals(1, deals.size(), deals.toString());
        assertEquals(0, new BigDecimal("98000000").compareTo(deals.get(0).amountUsd()), deals.toString());
    }

    @Test
    void shouldKeepTheRatesWhenNoDollarsFollow() {
        // Given a round in euros alone
        String text = "Corvana Pharma raised €60 million in a Series B round.";

        // When
        List<Deal> deals = DealCases.extract("en", text);

        // Then the dollars come from the rates
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("EUR", deals.get(0).currency());
        assertEquals(0, new BigDecimal("64800000").compareTo(deals.get(0).amountUsd()), deals.toString());
    }
}

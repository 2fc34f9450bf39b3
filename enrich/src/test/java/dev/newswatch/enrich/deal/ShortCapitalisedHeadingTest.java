package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short heading of a round-up whose long words are all capitalised ("$80M: Series A for Protein Design Platform")
 * names no company with its capitals: the company is the one the paragraph after it names.
 */
class ShortCapitalisedHeadingTest {

    @Test
    void shouldReadNoCompanyInTheCapitalsOfAShortHeading() {
        // Given a heading with an amount and a round, then the paragraph naming the company
        String text = "Funding news of the week.\n$80M: Series A for Protein Design Platform\n"
                + "Corvana Bio, whose software designs new enzymes, has raised $80 million in a Series A financing.";

        // When
        List<Deal> deals = DealCases.extract("en", text);

        // Then the only deal is the company's round
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Corvana Bio", deals.get(0).target().name());
    }

    @Test
    void shouldStillReadACapitalisedHeadingThatNamesASuffixedCompany() {
        // Given a short heading that names a company with a suffix
        String text = "$80M: Series A for Corvana Labs";

        // When
        List<Deal> deals = DealCases.extract("en", text);

        // Then the suffix makes it a company
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Corvana Labs", deals.get(0).target().name());
    }
}

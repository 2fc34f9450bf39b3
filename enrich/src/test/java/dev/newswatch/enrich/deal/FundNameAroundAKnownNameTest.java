package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EntityMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A known name inside a longer fund name: "led by Apple Orchard Partners" is the fund, not Apple, and "led by
 * K Growth Capital" is not the table's "Growth Capital". A fund word right after a known name ("Samsung Ventures")
 * keeps the known company.
 */
class FundNameAroundAKnownNameTest {

    @Test
    void shouldReadTheFundWhoseNameStartsWithAKnownName() {
        // Given a round paid by a fund whose first word is a company of the table
        String text = "Corvana Bio raised $60 million in a Series A funding round led by Apple Orchard Partners.";

        // When / Then the fund pays, not Apple
        DealCases.assertOneDeal("en", text, "Corvana Bio", "Apple Orchard Partners", "60000000", "USD");
    }

    @Test
    void shouldReadTheFundWhoseNameEndsWithAKnownName() {
        // Given a table that knows "Growth Capital", and a lead named "K Growth Capital"
        String text = "Tandrix, a payments platform, raised $120 million in a round led by K Growth Capital.";
        List<EntityMention> mentions = new ArrayList<>(DealCases.FINDER.find(text));
        int at = text.indexOf("Growth Capital");
        mentions.add(new EntityMention("growth-capital", "Growth Capital", "Growth Capital", at, at + 14));

        // When
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "en", mentions);

        // Then the lead is the whole name
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("K Growth Capital", deals.get(0).investor().name());
    }

    @Test
    void shouldKeepTheKnownNameBeforeAFundWord() {
        // Given a known company followed directly by a fund word, and a known fund name opening the sentence
        String text = "Corvana raised $70 million in a round led by Samsung Ventures.";
        String opening = "Growth Capital led a $90 million round in Corvana.";
        List<EntityMention> openingMentions = new ArrayList<>(DealCases.FINDER.find(opening));
        openingMentions.add(new EntityMention("growth-capital", "Growth Capital", "Growth Capital", 0, 14));

        // When
        List<Deal> deals = DealCases.extract("en", text);
        List<Deal> openingDeals = DealCases.EXTRACTOR.extract(opening, "en", openingMentions);

        // Then the table's company and fund stay the investors
        assertEquals("Samsung", deals.get(0).investor().name(), deals.toString());
        assertEquals("Growth Capital", openingDeals.get(0).investor().name(), openingDeals.toString());
    }
}

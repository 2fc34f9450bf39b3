package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EntityMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A name given twice at the same place (a name read again for a second sentence, over the same words) is one name:
 * the grammar that joins names in a list read the gap between the two backwards and failed on the whole text.
 */
class RepeatedNamesTest {

    @Test
    void aNameGivenTwiceAtOnePlaceIsReadOnce() {
        // Given a text whose mentions hold one name twice, as the second reading once produced
        String text = "Corvana Systems raised $40 million from Poolside and Helsing.";
        List<EntityMention> mentions = new ArrayList<>(DealCases.FINDER.find(text));
        EntityMention corvana = new EntityMention("corvana-systems", "Corvana Systems", "Corvana Systems", 0, 15, true);
        mentions.add(0, corvana);
        mentions.add(1, corvana);

        // When
        List<Deal> deals = DealCases.EXTRACTOR.extract(text, "en", mentions);

        // Then the deal is read as with the name once
        assertEquals(1, deals.size(), deals.toString());
        assertEquals("Corvana Systems", deals.get(0).target().name());
    }
}

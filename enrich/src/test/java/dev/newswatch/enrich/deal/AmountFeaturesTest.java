package dev.newswatch.enrich.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The features the backstop reads, through the rows a recording backstop gives for sentences written here. */
class AmountFeaturesTest {

    private static List<DealBackstop.Row> rows(String language, String text) {
        List<DealBackstop.Row> rows = new ArrayList<>();
        new DealExtractor(UsdRates.defaults(), DealBackstop.recording(rows::add))
                .extract(text, language, DealCases.FINDER.find(text));
        return rows;
    }

    @Test
    void shouldMarkAValuationAsTheDistractorFilterReadsIt() {
        List<DealBackstop.Row> rows = rows("en",
                "Cohere raised $500 million from Oracle, and the round values the company at $5 billion.");

        assertFalse(rows.get(0).features().contains("distractor"), rows.get(0).features().toString());
        assertTrue(rows.get(1).features().contains("distractor"), rows.get(1).features().toString());
        assertTrue(rows.get(1).features().contains("otherDealHere"), "the raise is a rule deal of the same sentence");
    }

    @Test
    void shouldOfferTheCompaniesOfTheSentenceBeforeWhenItsOwnNamesNone() {
        List<DealBackstop.Row> rows = rows("en",
                "Mistral AI met investors in Paris this week. The talks were about a round of $600 million.");

        DealBackstop.Row row = rows.get(0);
        assertEquals(List.of("mistral"), row.candidates().stream().map(c -> c.party().id()).toList());
        assertTrue(row.candidates().get(0).features().contains("c:side=prev"),
                row.candidates().get(0).features().toString());
    }

    @Test
    void shouldTellTheSideAndTheWordsAroundACandidate() {
        List<DealBackstop.Row> rows = rows("de",
                "Aleph Alpha sammelt 500 Millionen Dollar ein, angeführt von SAP und Bosch.");

        List<String> aleph = rows.get(0).candidates().get(0).features();
        assertTrue(aleph.contains("c:side=before"), aleph.toString());
        assertTrue(aleph.contains("c:opens"), aleph.toString());
        assertTrue(aleph.contains("c:wa=sammelt"), aleph.toString());
        assertTrue(rows.get(0).features().contains("lang=de"), rows.get(0).features().toString());
    }
}

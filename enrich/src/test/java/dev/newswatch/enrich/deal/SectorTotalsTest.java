package dev.newswatch.enrich.deal;

import static dev.newswatch.enrich.deal.DealCases.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.core.model.Deal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Money a market or a sector took in over many deals is no deal of the company an article is about: a level that
 * funding reached ("global venture funding hit a record N", "funding to AI start-ups totalled N"), and a capitalised
 * qualifier before a plural noun of companies ("Early-stage AI companies raised N"), which names a group, not a
 * company. Sentences of our own; the company of the article raised its own round in the sentence before.
 */
class SectorTotalsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|Global venture funding hit a record $330 billion in the first quarter, driven by a few large rounds.",
        "en|Worldwide VC investment reached $113 billion between January and March.",
        "en|Funding to European AI startups totalled $50 billion last year.",
        "en|Early-stage Robotics companies raised $1.3 billion in October alone.",
        "en|Nordic Fintech startups pulled in $900 million over the summer."})
    void aSectorsTotalIsNoDealOfTheCompany(String language, String totalSentence) {
        // Given an article about one company's round, then a sector's total
        String text = "Corvana raised $40 million from Nvidia on Monday. " + totalSentence;

        // When
        List<Deal> deals = extract(language, text);

        // Then only the company's own round is a deal
        assertEquals(List.of("Corvana <- Nvidia 40000000"), deals.stream()
                .map(d -> d.target().name() + " <- " + (d.investor() == null ? null : d.investor().name()) + " "
                        + d.amount().setScale(0, RoundingMode.HALF_UP).toPlainString())
                .toList(), language + " \"" + text + "\"");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "en|The new money brings Corvana's total raised to $300 million.",
        "en|That round brought the total raised by the robot maker to $300 million.",
        "en|The robot maker, which has now raised $300 million in all, plans to hire 50 engineers."})
    void aRunningTotalNamedWithItsCompanyIsNoDeal(String language, String totalSentence) {
        // Given a round, then the company's running total named with its owner
        String text = "Corvana raised $40 million from Nvidia on Monday. " + totalSentence;

        // When
        List<Deal> deals = extract(language, text);

        // Then the total is no second deal
        assertEquals(List.of("Corvana <- Nvidia 40000000"), deals.stream()
                .map(d -> d.target().name() + " <- " + (d.investor() == null ? null : d.investor().name()) + " "
                        + d.amount().setScale(0, RoundingMode.HALF_UP).toPlainString())
                .toList(), language + " \"" + text + "\"");
    }
}

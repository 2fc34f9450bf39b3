package dev.newswatch.enrich.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of "one deal, many reports" ({@link DealMerge}), case by case. */
class DealMergeTest {

    private static final Party AMAZON = Party.of("amazon", "Amazon");
    private static final Party MICROSOFT = Party.of("microsoft", "Microsoft");
    private static final Party OPENAI = Party.of("openai", "OpenAI");
    private static final Party ANTHROPIC = Party.of("anthropic", "Anthropic");
    /** A start-up no entity file knows, as the extractor reports it, and the entity added for it later. */
    private static final Party ZENTRIX_PROVISIONAL = Party.provisional("Zentrix Robotics");
    private static final Entity ZENTRIX_ENTITY = new Entity("zentrix-robotics", "Zentrix Robotics", List.of(), "company",
            null, Map.of());
    private static final Party ZENTRIX_JOINED = new Party("zentrix-robotics", "Zentrix Robotics", ZENTRIX_ENTITY);
    private static final Party HALVORA_PROVISIONAL = Party.provisional("Halvora Capital");
    private static final Instant T0 = Instant.parse("2025-11-03T09:00:00Z");
    private static final Source FIRST_REPORT = new Source("a-reuters", "Reuters", "Amazon in talks...",
            "https://news.example/a-reuters", "en", T0);

    // ---- sameDeal -------------------------------------------------------------------------------------

    @Test
    void shouldBeTheSameDealWhenTheAmountsAreWithinOneAndAHalfTimes() {
        Deal tracked = investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS);

        assertTrue(DealMerge.sameDeal(tracked, investment(AMAZON, OPENAI, "10500000000", DealStage.IN_TALKS)));
        // exactly 1.5 times, in both directions
        assertTrue(DealMerge.sameDeal(tracked, investment(AMAZON, OPENAI, "15000000000", DealStage.IN_TALKS)));
        assertTrue(DealMerge.sameDeal(investment(AMAZON, OPENAI, "15000000000", DealStage.IN_TALKS), tracked));
    }

    @Test
    void shouldBeADifferentDealWhenTheAmountsAreMoreThanOneAndAHalfTimesApart() {
        Deal tracked = investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS);

        assertFalse(DealMerge.sameDeal(tracked, investment(AMAZON, OPENAI, "15010000000", DealStage.IN_TALKS)));
        assertFalse(DealMerge.sameDeal(tracked, investment(AMAZON, OPENAI, "6600000000", DealStage.IN_TALKS)));
    }

    @Test
    void shouldBeTheSameDealWhenOneReportHasNoAmount() {
        Deal tracked = investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS);

        assertTrue(DealMerge.sameDeal(tracked, investment(AMAZON, OPENAI, null, DealStage.IN_TALKS)));
        assertTrue(DealMerge.sameDeal(investment(AMAZON, OPENAI, null, DealStage.IN_TALKS), tracked));
    }

    @Test
    void shouldBeTheSameDealWhenOneReportDoesNotNameTheInvestor() {
        Deal named = investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS);
        Deal unnamed = investment(null, OPENAI, "10000000000", DealStage.IN_TALKS);

        assertTrue(DealMerge.sameDeal(named, unnamed));
        assertTrue(DealMerge.sameDeal(unnamed, named));
    }

    @Test
    void shouldBeADifferentDealWhenTheInvestorsDiffer() {
        assertFalse(DealMerge.sameDeal(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS),
                investment(MICROSOFT, OPENAI, "10000000000", DealStage.IN_TALKS)));
    }

    @Test
    void shouldBeADifferentDealWhenTheTargetsDiffer() {
        assertFalse(DealMerge.sameDeal(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS),
                investment(AMAZON, ANTHROPIC, "10000000000", DealStage.IN_TALKS)));
    }

    @Test
    void shouldNeverMatchAPastDealCitedAsBackgroundWithTheNews() {
        // "Microsoft has invested $13 billion since 2019" and "Microsoft in talks to invest $13 billion"
        Deal background = investment(MICROSOFT, OPENAI, "13000000000", DealStage.BACKGROUND);
        Deal news = investment(MICROSOFT, OPENAI, "13000000000", DealStage.IN_TALKS);

        assertFalse(DealMerge.sameDeal(background, news));
        assertFalse(DealMerge.sameDeal(news, background));
        assertTrue(DealMerge.sameDeal(background, investment(MICROSOFT, OPENAI, "13000000000", DealStage.BACKGROUND)));
    }

    @Test
    void shouldBeADifferentDealWhenTheTypesDifferUnlessOneIsOther() {
        Deal investment = investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS);

        assertFalse(DealMerge.sameDeal(investment, deal(AMAZON, OPENAI, "10000000000", DealType.ACQUISITION,
                DealStage.IN_TALKS)));
        assertTrue(DealMerge.sameDeal(investment, deal(AMAZON, OPENAI, "10000000000", DealType.OTHER,
                DealStage.IN_TALKS)));
        assertTrue(DealMerge.sameDeal(deal(AMAZON, OPENAI, "10000000000", DealType.OTHER, DealStage.IN_TALKS),
                investment));
    }

    @Test
    void shouldBeTheSameDealWhenAProvisionalPartyIsLaterJoinedUnderTheSameId() {
        // "Zentrix Robotics" before and after `newswatch entities add zentrix-robotics "Zentrix Robotics"`
        Deal provisional = investment(HALVORA_PROVISIONAL, ZENTRIX_PROVISIONAL, "300000000", DealStage.ANNOUNCED);
        Deal joined = investment(HALVORA_PROVISIONAL, ZENTRIX_JOINED, "300000000", DealStage.ANNOUNCED);

        assertTrue(DealMerge.sameDeal(provisional, joined));
        assertTrue(DealMerge.sameDeal(joined, provisional));
    }

    @Test
    void shouldBeADifferentDealWhenAProvisionalPartyHasAnotherId() {
        // "Zentrix" and "Zentrix Robotics" are two names, so two ids, for all the tracker knows
        Deal full = investment(HALVORA_PROVISIONAL, ZENTRIX_PROVISIONAL, "300000000", DealStage.ANNOUNCED);
        Deal shortName = investment(HALVORA_PROVISIONAL, Party.provisional("Zentrix"), "300000000", DealStage.ANNOUNCED);

        assertFalse(DealMerge.sameDeal(full, shortName));
    }

    // ---- findMatch ------------------------------------------------------------------------------------

    @Test
    void shouldFindNoMatchInAnEmptyBook() {
        assertEquals(-1, DealMerge.findMatch(List.of(), investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS)));
    }

    @Test
    void shouldFindNoMatchWhenNoTrackedDealIsTheSame() {
        List<TrackedDeal> book = List.of(
                tracked(investment(MICROSOFT, OPENAI, "13000000000", DealStage.BACKGROUND)),
                tracked(deal(null, OPENAI, "6600000000", DealType.SECONDARY_SALE, DealStage.COMPLETED)));

        assertEquals(-1, DealMerge.findMatch(book, investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS)));
    }

    @Test
    void shouldPickTheMatchingDealClosestInAmount() {
        List<TrackedDeal> book = List.of(
                tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS)),
                tracked(investment(AMAZON, OPENAI, "12000000000", DealStage.IN_TALKS)),
                // closer still, but another investor
                tracked(investment(MICROSOFT, OPENAI, "12500000000", DealStage.IN_TALKS)));

        assertEquals(1, DealMerge.findMatch(book, investment(AMAZON, OPENAI, "12500000000", DealStage.ANNOUNCED)));
        assertEquals(0, DealMerge.findMatch(book, investment(AMAZON, OPENAI, "10100000000", DealStage.ANNOUNCED)));
    }

    @Test
    void shouldSkipABackgroundDealBetweenTheSameParties() {
        List<TrackedDeal> book = List.of(
                tracked(investment(MICROSOFT, OPENAI, "13000000000", DealStage.BACKGROUND)),
                tracked(investment(MICROSOFT, OPENAI, "13000000000", DealStage.IN_TALKS)));

        assertEquals(1, DealMerge.findMatch(book, investment(MICROSOFT, OPENAI, "13000000000", DealStage.ANNOUNCED)));
    }

    // ---- merge ----------------------------------------------------------------------------------------

    @Test
    void shouldBumpTheVersionWhenTheStageAdvances() {
        // Given
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS));
        Deal report = investment(AMAZON, OPENAI, "10000000000", DealStage.ANNOUNCED);
        Source cnbc = source("a-cnbc", "CNBC", T0.plus(Duration.ofDays(7)));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, report, cnbc, List.of("ai-funding"), cnbc.published());

        // Then
        assertEquals("stage in-talks → announced", merged.change());
        TrackedDeal next = merged.deal();
        assertEquals(tracked.dealId(), next.dealId());
        assertEquals(2, next.version());
        assertEquals("stage in-talks → announced", next.change());
        assertEquals(DealStage.ANNOUNCED, next.deal().stage());
        assertEquals(report.evidence(), next.deal().evidence(), "a material change cites the new report");
        assertEquals(List.of(FIRST_REPORT, cnbc), next.sources());
        assertEquals(T0, next.firstSeen());
        assertEquals(cnbc.published(), next.lastSeen());
    }

    @Test
    void shouldNotMoveTheStageBackWhenALaterReportIsLessAdvanced() {
        // Given: announced; a later blog post still calls it a rumour
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.ANNOUNCED));
        Source late = source("a-blog", "Some Blog", T0.plusSeconds(3600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked,
                investment(AMAZON, OPENAI, "10000000000", DealStage.RUMOURED), late, List.of(), late.published());

        // Then
        assertNull(merged.change());
        assertEquals(DealStage.ANNOUNCED, merged.deal().deal().stage());
        assertEquals(1, merged.deal().version());
    }

    @Test
    void shouldReviseTheAmountWhenItChangesByMoreThanTenPercent() {
        // Given: "more than $10 billion", then "$11.5 billion" (13% more)
        TrackedDeal tracked = tracked(withQualifier(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS),
                Qualifier.MORE_THAN));
        Deal report = investment(AMAZON, OPENAI, "11500000000", DealStage.IN_TALKS);
        Source ft = source("a-ft", "FT", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, report, ft, List.of(), ft.published());

        // Then
        assertEquals("amount revised", merged.change());
        Deal deal = merged.deal().deal();
        assertAmount("11500000000", deal.amountUsd());
        assertAmount("11500000000", deal.amount());
        assertEquals(Qualifier.EXACT, deal.qualifier());
        assertEquals(2, merged.deal().version());
    }

    @Test
    void shouldReviseTheAmountDownwardsToo() {
        // Given: announced at $10 billion, completed at $8 billion
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.ANNOUNCED));
        Source ft = source("a-ft", "FT", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "8000000000", DealStage.COMPLETED),
                ft, List.of(), ft.published());

        // Then
        assertEquals("stage announced → completed; amount revised", merged.change());
        assertAmount("8000000000", merged.deal().deal().amountUsd());
    }

    @Test
    void shouldKeepTheAmountWhenItChangesByTenPercentOrLess() {
        // Given: "$10 billion" and "$10.5 billion" are one amount reported twice
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS));
        Source ft = source("a-ft", "FT", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "10500000000", DealStage.IN_TALKS),
                ft, List.of(), ft.published());

        // Then
        assertNull(merged.change());
        assertAmount("10000000000", merged.deal().deal().amountUsd());
        assertEquals(1, merged.deal().version());
    }

    @Test
    void shouldNotReviseTheAmountFromALessAdvancedReport() {
        // Given: announced at $10 billion; a late rumour says $12 billion
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.ANNOUNCED));
        Source blog = source("a-blog", "Some Blog", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "12000000000", DealStage.RUMOURED),
                blog, List.of(), blog.published());

        // Then
        assertNull(merged.change());
        assertAmount("10000000000", merged.deal().deal().amountUsd());
        assertEquals(DealStage.ANNOUNCED, merged.deal().deal().stage());
    }

    @Test
    void shouldRevealTheAmountWhenTheTrackedDealHadNone() {
        // Given: "Amazon in talks to invest in OpenAI", then "... to invest €2 billion in OpenAI"
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, null, DealStage.IN_TALKS));
        Deal report = new Deal(AMAZON, OPENAI, new BigDecimal("2000000000"), null, "EUR", new BigDecimal("2160000000"),
                Qualifier.ABOUT, DealType.INVESTMENT, DealStage.IN_TALKS, "Amazon to invest about €2 billion in OpenAI",
                0, 43);
        Source handelsblatt = source("a-hb", "Handelsblatt", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, report, handelsblatt, List.of(), handelsblatt.published());

        // Then
        assertEquals("amount revealed", merged.change());
        Deal deal = merged.deal().deal();
        assertAmount("2000000000", deal.amount());
        assertEquals("EUR", deal.currency());
        assertAmount("2160000000", deal.amountUsd());
        assertEquals(Qualifier.ABOUT, deal.qualifier());
        assertEquals(2, merged.deal().version());
    }

    @Test
    void shouldNameTheInvestorWhenTheTrackedDealHadNone() {
        // Given: "OpenAI in talks to raise $10 billion", then "... from Amazon"
        TrackedDeal tracked = tracked(investment(null, OPENAI, "10000000000", DealStage.IN_TALKS));
        Source wsj = source("a-wsj", "WSJ", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS),
                wsj, List.of(), wsj.published());

        // Then
        assertEquals("investor named: Amazon", merged.change());
        assertEquals(AMAZON, merged.deal().deal().investor());
        assertEquals(OPENAI, merged.deal().deal().target());
        assertEquals(2, merged.deal().version());
    }

    @Test
    void shouldPromoteAProvisionalTargetWhenALaterReportCarriesTheJoinedEntityWithoutANewVersion() {
        // Given a deal tracked while the entity table did not know Zentrix Robotics
        TrackedDeal tracked = tracked(investment(HALVORA_PROVISIONAL, ZENTRIX_PROVISIONAL, "300000000",
                DealStage.ANNOUNCED));
        Source handelsblatt = source("a-hb", "Handelsblatt", T0.plusSeconds(600));

        // When a report arrives after the entity was added: the same id, joined to its record
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(HALVORA_PROVISIONAL, ZENTRIX_JOINED, "300000000",
                DealStage.ANNOUNCED), handelsblatt, List.of(), handelsblatt.published());

        // Then the tracked deal's target is the joined, non-provisional party; subscribers already know the deal
        TrackedDeal next = merged.deal();
        assertEquals(ZENTRIX_JOINED, next.deal().target());
        assertFalse(next.deal().target().provisional());
        assertEquals(ZENTRIX_ENTITY, next.deal().target().entity());
        assertEquals(HALVORA_PROVISIONAL, next.deal().investor(), "the investor is still unknown to the table");
        assertNull(merged.change(), "a promotion is not a material change");
        assertEquals(1, next.version());
        assertEquals("new source: Handelsblatt; target Zentrix Robotics now in the entity table", next.change());
        assertEquals(2, next.sources().size());
    }

    @Test
    void shouldPromoteAProvisionalInvestorToo() {
        Entity halvora = new Entity("halvora-capital", "Halvora Capital", List.of(), "investor", null, Map.of());
        Party halvoraJoined = new Party("halvora-capital", "Halvora Capital", halvora);
        TrackedDeal tracked = tracked(investment(HALVORA_PROVISIONAL, OPENAI, "300000000", DealStage.ANNOUNCED));
        Source ft = source("a-ft", "FT", T0.plusSeconds(600));

        DealMerge.Merged merged = DealMerge.merge(tracked, investment(halvoraJoined, OPENAI, "300000000",
                DealStage.ANNOUNCED), ft, List.of(), ft.published());

        assertEquals(halvoraJoined, merged.deal().deal().investor());
        assertEquals("new source: FT; investor Halvora Capital now in the entity table", merged.deal().change());
    }

    @Test
    void shouldKeepAJoinedPartyWhenALaterReportStillCallsItProvisional() {
        // Given: a report enriched before the instance saw the entity, arriving after one that was joined
        TrackedDeal tracked = tracked(investment(HALVORA_PROVISIONAL, ZENTRIX_JOINED, "300000000", DealStage.ANNOUNCED));
        Source late = source("a-late", "Late Wire", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(HALVORA_PROVISIONAL, ZENTRIX_PROVISIONAL,
                "300000000", DealStage.ANNOUNCED), late, List.of(), late.published());

        // Then
        assertEquals(ZENTRIX_JOINED, merged.deal().deal().target());
        assertEquals("new source: Late Wire", merged.deal().change());
    }

    @Test
    void shouldPromoteAndListTheMaterialChangesOfTheSameReportInOneVersion() {
        // Given: a provisional start-up's round in talks; then the announcement, after the entity was added
        TrackedDeal tracked = tracked(investment(HALVORA_PROVISIONAL, ZENTRIX_PROVISIONAL, "300000000",
                DealStage.IN_TALKS));
        Source reuters = source("a-reuters-2", "Reuters", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(HALVORA_PROVISIONAL, ZENTRIX_JOINED, "300000000",
                DealStage.ANNOUNCED), reuters, List.of(), reuters.published());

        // Then
        assertEquals("stage in-talks → announced; target Zentrix Robotics now in the entity table", merged.change());
        assertEquals(ZENTRIX_JOINED, merged.deal().deal().target());
        assertEquals(2, merged.deal().version());
    }

    @Test
    void shouldListEveryChangeOfOneReportInOneVersion() {
        // Given: talks with an unnamed investor; then an announcement naming Amazon, at a higher amount
        TrackedDeal tracked = tracked(investment(null, OPENAI, "10000000000", DealStage.IN_TALKS));
        Source cnbc = source("a-cnbc", "CNBC", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "12000000000", DealStage.ANNOUNCED),
                cnbc, List.of(), cnbc.published());

        // Then
        assertEquals("stage in-talks → announced; amount revised; investor named: Amazon", merged.change());
        assertEquals(2, merged.deal().version());
    }

    @Test
    void shouldKeepTheVersionWhenASecondOutletAddsNothingMaterial() {
        // Given
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS));
        Deal report = new Deal(AMAZON, OPENAI, new BigDecimal("10000000000"), null, "USD", new BigDecimal("10000000000"),
                Qualifier.EXACT, DealType.INVESTMENT, DealStage.IN_TALKS,
                "OpenAI in trattative con Amazon per un investimento oltre i 10 miliardi di dollari", 0, 82);
        Source sole = source("a-sole", "Il Sole 24 Ore", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, report, sole, List.of("cloud", "ai-funding"), sole.published());

        // Then
        assertNull(merged.change());
        TrackedDeal next = merged.deal();
        assertEquals(1, next.version());
        assertEquals("new source: Il Sole 24 Ore", next.change());
        assertEquals(tracked.deal(), next.deal(), "the deal itself, evidence included, is unchanged");
        assertEquals(List.of(FIRST_REPORT, sole), next.sources());
        assertEquals(List.of("ai-funding", "cloud"), next.categories());
        assertEquals(T0, next.firstSeen());
        assertEquals(sole.published(), next.lastSeen());
    }

    @Test
    void shouldNotMoveLastSeenBackWhenAnOlderReportArrivesLate() {
        // Given: a report published an hour before the first one, arriving after it
        TrackedDeal tracked = tracked(investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS));
        Source older = source("a-old", "Old News", T0.minusSeconds(3600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS),
                older, List.of(), older.published());

        // Then
        assertEquals(T0, merged.deal().lastSeen());
        assertEquals(T0, merged.deal().firstSeen());
    }

    @Test
    void shouldTakeTheReportTypeWhenTheTrackedTypeIsOther() {
        // Given
        TrackedDeal tracked = tracked(deal(AMAZON, OPENAI, "10000000000", DealType.OTHER, DealStage.IN_TALKS));
        Source ft = source("a-ft", "FT", T0.plusSeconds(600));

        // When
        DealMerge.Merged merged = DealMerge.merge(tracked, investment(AMAZON, OPENAI, "10000000000", DealStage.IN_TALKS),
                ft, List.of(), ft.published());

        // Then
        assertEquals(DealType.INVESTMENT, merged.deal().deal().type());
    }

    // ---- advances -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
            "RUMOURED,   IN_TALKS,   true",
            "RUMOURED,   COMPLETED,  true",
            "IN_TALKS,   ANNOUNCED,  true",
            "ANNOUNCED,  COMPLETED,  true",
            "IN_TALKS,   IN_TALKS,   false",
            "ANNOUNCED,  IN_TALKS,   false",
            "COMPLETED,  RUMOURED,   false",
            // a past deal cited as background is never progress, in either direction
            "ANNOUNCED,  BACKGROUND, false",
            "BACKGROUND, ANNOUNCED,  false",
            "BACKGROUND, BACKGROUND, false"})
    void shouldAdvanceOnlyForwardAlongRumourTalksAnnouncedCompleted(DealStage from, DealStage to, boolean expected) {
        assertEquals(expected, DealMerge.advances(from, to));
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Deal investment(Party investor, Party target, String usd, DealStage stage) {
        return deal(investor, target, usd, DealType.INVESTMENT, stage);
    }

    private static Deal deal(Party investor, Party target, String usd, DealType type, DealStage stage) {
        BigDecimal amount = usd == null ? null : new BigDecimal(usd);
        String evidence = (investor == null ? "someone" : investor.name()) + " " + type.wireName() + " "
                + (usd == null ? "" : "$" + usd + " ") + "in " + target.name() + " (" + stage.wireName() + ")";
        return new Deal(investor, target, amount, null, amount == null ? null : "USD", amount, Qualifier.EXACT, type,
                stage, evidence, 0, evidence.length());
    }

    private static Deal withQualifier(Deal d, Qualifier qualifier) {
        return new Deal(d.investor(), d.target(), d.amount(), d.amountHigh(), d.currency(), d.amountUsd(), qualifier,
                d.type(), d.stage(), d.evidence(), d.start(), d.end());
    }

    private static TrackedDeal tracked(Deal deal) {
        return new TrackedDeal("deal-0123456789abcdef", deal, List.of("ai-funding"), List.of(FIRST_REPORT), T0, T0, 1,
                "new");
    }

    private static Source source(String articleId, String outlet, Instant published) {
        return new Source(articleId, outlet, "a report", "https://news.example/" + articleId, "en", published);
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }
}

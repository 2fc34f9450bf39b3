package dev.newswatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newswatch.alerts.channel.AlertView;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The amount as people say it, the headline, and the channel-neutral view of an alert. */
class AlertViewsTest {

    private static final Party AMAZON = Party.of("amazon", "Amazon");
    private static final Party OPENAI = Party.of("openai", "OpenAI");
    private static final Instant FIRST_SEEN = Instant.parse("2026-11-26T09:30:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-11-26T09:12:00Z");

    // ---- amountText ----

    @Test
    void shouldSayMoreThanTenBillionDollars() {
        assertEquals("more than $10 billion",
                AlertViews.amountText(deal(Qualifier.MORE_THAN, "10000000000", null, "USD", "10000000000")));
    }

    @Test
    void shouldAddTheDollarEquivalentToAnotherCurrency() {
        // €1.3 billion at 1.08 = $1.404 billion, shown to two decimals without trailing zeros
        assertEquals("up to €1.3 billion (≈ $1.4 billion)",
                AlertViews.amountText(deal(Qualifier.UP_TO, "1300000000", null, "EUR", "1404000000")));
        assertEquals("£250 million (≈ $317.5 million)",
                AlertViews.amountText(deal(Qualifier.EXACT, "250000000", null, "GBP", "317500000")));
    }

    @Test
    void shouldWriteBothBoundsOfARange() {
        assertEquals("between $1 billion and $1.5 billion",
                AlertViews.amountText(deal(Qualifier.BETWEEN, "1000000000", "1500000000", "USD", "1000000000")));
    }

    @Test
    void shouldSayUndisclosedWithoutAnAmount() {
        assertEquals("undisclosed amount", AlertViews.amountText(deal(Qualifier.EXACT, null, null, null, null)));
    }

    @Test
    void shouldWordEachQualifier() {
        assertEquals("at least $2 billion",
                AlertViews.amountText(deal(Qualifier.AT_LEAST, "2000000000", null, "USD", "2000000000")));
        assertEquals("about $750 million",
                AlertViews.amountText(deal(Qualifier.ABOUT, "750000000", null, "USD", "750000000")));
        assertEquals("$6.6 billion",
                AlertViews.amountText(deal(Qualifier.EXACT, "6600000000", null, "USD", "6600000000")));
    }

    @Test
    void shouldWriteAmountsBelowAMillionInFullWithGroupSeparators() {
        assertEquals("about $750,000",
                AlertViews.amountText(deal(Qualifier.ABOUT, "750000", null, "USD", "750000")));
    }

    @Test
    void shouldUseTheCodeForACurrencyWithoutASymbolAndNoEquivalentWithoutARate() {
        assertEquals("at least CHF 2 billion (≈ $2.26 billion)",
                AlertViews.amountText(deal(Qualifier.AT_LEAST, "2000000000", null, "CHF", "2260000000")));
        // A currency the rate table does not know has no USD amount: no "≈".
        assertEquals("JPY 5 billion", AlertViews.amountText(deal(Qualifier.EXACT, "5000000000", null, "JPY", null)));
    }

    // ---- headlines and the view ----

    @Test
    void shouldHeadlineAnInvestmentWithPartiesAmountAndStage() {
        AlertView view = AlertViews.of(alert(new Deal(AMAZON, OPENAI, new BigDecimal("10000000000"), null, "USD",
                new BigDecimal("10000000000"), Qualifier.MORE_THAN, DealType.INVESTMENT, DealStage.IN_TALKS,
                "Amazon è in trattative per investire più di 10 miliardi di dollari in OpenAI.", 0, 77)));

        assertEquals("Amazon to invest in OpenAI: more than $10 billion (in talks)", view.headline());
    }

    @Test
    void shouldHeadlineEachDealTypeWithItsVerb() {
        Party google = Party.of("google", "Google");
        Party wiz = Party.of("wiz", "Wiz");
        assertEquals("Google to acquire Wiz: $32 billion (announced)",
                headline(google, wiz, DealType.ACQUISITION, DealStage.ANNOUNCED));
        assertEquals("Google contract with Wiz: $32 billion (completed)",
                headline(google, wiz, DealType.CONTRACT, DealStage.COMPLETED));
        assertEquals("Google secondary sale in Wiz: $32 billion (rumoured)",
                headline(google, wiz, DealType.SECONDARY_SALE, DealStage.RUMOURED));
    }

    @Test
    void shouldNameAMissingPartyUndisclosed() {
        assertEquals("Undisclosed investor to invest in OpenAI: $32 billion (completed)",
                headline(null, OPENAI, DealType.INVESTMENT, DealStage.COMPLETED));
        assertEquals("Amazon to invest in an undisclosed party: $32 billion (announced)",
                headline(AMAZON, null, DealType.INVESTMENT, DealStage.ANNOUNCED));
    }

    @Test
    void shouldSayNewCompanyAfterEachProvisionalPartyInTheHeadline() {
        // Given a start-up and its lead investor that the entity table does not know
        Party halvora = Party.provisional("Halvora Capital");
        Party zentrix = Party.provisional("Zentrix Robotics");

        assertEquals("Halvora Capital (new company) to invest in Zentrix Robotics (new company): $32 billion (announced)",
                headline(halvora, zentrix, DealType.INVESTMENT, DealStage.ANNOUNCED));
        assertEquals("Amazon to invest in Zentrix Robotics (new company): $32 billion (announced)",
                headline(AMAZON, zentrix, DealType.INVESTMENT, DealStage.ANNOUNCED));
        assertEquals("Undisclosed investor to invest in Zentrix Robotics (new company): $32 billion (announced)",
                headline(null, zentrix, DealType.INVESTMENT, DealStage.ANNOUNCED));
    }

    @Test
    void shouldCarryTheProvisionalFlagAndIdOfEachPartyIntoTheView() {
        BigDecimal amount = new BigDecimal("300000000");
        AlertView view = AlertViews.of(alert(new Deal(Party.provisional("Halvora Capital"),
                Party.provisional("Zentrix Robotics"), amount, null, "USD", amount, Qualifier.EXACT, DealType.INVESTMENT,
                DealStage.ANNOUNCED, "", 0, 0)));

        assertEquals(new AlertView.Party("halvora-capital", "Halvora Capital", true), view.investor());
        assertEquals(new AlertView.Party("zentrix-robotics", "Zentrix Robotics", true), view.target());
        assertEquals("Zentrix Robotics (new company)", view.target().label());
    }

    @Test
    void shouldLabelAPartyForDisplayWithNewCompanyOnlyWhenProvisional() {
        assertEquals("Zentrix Robotics (new company)", AlertViews.label(Party.provisional("Zentrix Robotics")));
        assertEquals("Amazon", AlertViews.label(AMAZON));
        assertEquals(null, AlertViews.label(null));
    }

    @Test
    void shouldCarryTheDealFieldsAndSourcesIntoTheView() {
        // Given an update alert of a euro deal reported by two outlets
        Deal deal = new Deal(AMAZON, OPENAI, new BigDecimal("1300000000"), null, "EUR", new BigDecimal("1404000000"),
                Qualifier.UP_TO, DealType.INVESTMENT, DealStage.ANNOUNCED, "Amazon investirà fino a 1,3 miliardi di euro.",
                0, 45);
        List<Source> sources = List.of(
                new Source("a1", "Il Sole", "Amazon investe in OpenAI", "https://news.example.test/it/1", "it", PUBLISHED),
                new Source("a2", "Handelsblatt", "Amazon investiert", "https://news.example.test/de/2", "de", null));
        TrackedDeal tracked = new TrackedDeal("deal-7", deal, List.of("ai-funding", "cloud"), sources, FIRST_SEEN,
                FIRST_SEEN.plusSeconds(60), 2, "stage in-talks → announced");

        // When
        AlertView view = AlertViews.of(new Alert("deal-7-v2", Alert.UPDATE, tracked, FIRST_SEEN.plusSeconds(60)));

        // Then
        assertEquals("deal-7-v2", view.alertId());
        assertEquals(AlertView.KIND_UPDATE, view.kind());
        assertEquals(new AlertView.Party("amazon", "Amazon", false), view.investor());
        assertEquals(new AlertView.Party("openai", "OpenAI", false), view.target());
        assertEquals("up to €1.3 billion (≈ $1.4 billion)", view.amountText());
        assertEquals(new BigDecimal("1404000000"), view.amountUsd());
        assertEquals("investment", view.type());
        assertEquals("announced", view.stage());
        assertEquals(List.of("ai-funding", "cloud"), view.categories());
        assertEquals("Amazon investirà fino a 1,3 miliardi di euro.", view.evidence());
        assertEquals(FIRST_SEEN, view.firstSeen(), "first seen is the deal's, not the update's");
        assertEquals(List.of(
                new AlertView.Source("Amazon investe in OpenAI", "Il Sole", "https://news.example.test/it/1", PUBLISHED),
                new AlertView.Source("Amazon investiert", "Handelsblatt", "https://news.example.test/de/2", null)),
                view.sources());
    }

    // ---- fixtures ----

    private static Deal deal(Qualifier qualifier, String amount, String high, String currency, String usd) {
        return new Deal(AMAZON, OPENAI, amount == null ? null : new BigDecimal(amount),
                high == null ? null : new BigDecimal(high), currency, usd == null ? null : new BigDecimal(usd), qualifier,
                DealType.INVESTMENT, DealStage.ANNOUNCED, "", 0, 0);
    }

    private static String headline(Party investor, Party target, DealType type, DealStage stage) {
        BigDecimal amount = new BigDecimal("32000000000");
        return AlertViews.of(alert(new Deal(investor, target, amount, null, "USD", amount, Qualifier.EXACT, type, stage,
                "", 0, 0))).headline();
    }

    private static Alert alert(Deal deal) {
        TrackedDeal tracked = new TrackedDeal("deal-1", deal, List.of("ai-funding"), List.of(), FIRST_SEEN, FIRST_SEEN, 1,
                "new");
        return new Alert("deal-1-v1", Alert.NEW, tracked, FIRST_SEEN);
    }
}

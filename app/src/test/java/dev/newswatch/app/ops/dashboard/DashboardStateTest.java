package dev.newswatch.app.ops.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardStateTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    @Test
    void shouldKeepTheNewestAlertsAndReplaceAnAlertReadTwice() throws Exception {
        // Given
        DashboardState state = new DashboardState();

        // When more alerts than it keeps arrive, and the newest one is read again
        for (int i = 0; i < DashboardState.RECENT + 5; i++) {
            state.alert(alert("a" + i, "deal-" + i, "Amazon", "OpenAI"));
        }
        state.alert(alert("a" + (DashboardState.RECENT + 4), "deal-x", "Amazon", "OpenAI"));

        // Then
        JsonNode alerts = snapshot(state).get("alerts");
        assertEquals(DashboardState.RECENT, alerts.size());
        assertEquals("a" + (DashboardState.RECENT + 4), alerts.get(0).get("alertId").asText(), "newest first");
        assertEquals("deal-x", alerts.get(0).get("deal").get("dealId").asText(), "the copy read last wins");
        assertEquals("a5", alerts.get(DashboardState.RECENT - 1).get("alertId").asText(), "the oldest five are gone");
    }

    @Test
    void shouldRenderADealForThePageWithHeadlineAmountAndSources() throws Exception {
        // When
        JsonNode deal = Json.mapper().readTree(DashboardState.dealJson(tracked("deal-1", "Amazon", "OpenAI")));

        // Then
        assertEquals("Amazon \u2192 OpenAI", deal.get("headline").asText());
        assertEquals("10000000000", deal.get("amountUsd").asText());
        assertEquals("more_than", deal.get("qualifier").asText());
        assertEquals("investment", deal.get("type").asText());
        assertEquals("in-talks", deal.get("stage").asText());
        assertEquals("Reuters", deal.get("sources").get(0).get("outlet").asText());
        assertEquals("https://example.test/1", deal.get("sources").get(0).get("url").asText());
    }

    @Test
    void shouldShowAnUnknownPartyAsAQuestionMark() throws Exception {
        Deal deal = new Deal(null, new Party("openai", "OpenAI", null), null, null, null, null, null, DealType.CONTRACT,
                DealStage.ANNOUNCED, "", 0, 0);

        assertEquals("? \u2192 OpenAI", DashboardState.headline(deal));
    }

    @Test
    void shouldSayNewCompanyInTheHeadlineAndMarkTheProvisionalPartyForThePage() throws Exception {
        // Given a deal whose target the entity table does not know yet
        Deal deal = new Deal(Party.of("nvidia", "Nvidia"), Party.provisional("Zentrix Robotics"),
                new BigDecimal("300000000"), null, "USD", new BigDecimal("300000000"), Qualifier.EXACT,
                DealType.INVESTMENT, DealStage.ANNOUNCED, "Nvidia invests $300 million in Zentrix Robotics", 0, 47);
        TrackedDeal tracked = new TrackedDeal("deal-z", deal, List.of("ai-funding"), List.of(), NOW, NOW, 1, "new");

        // When
        JsonNode node = Json.mapper().readTree(DashboardState.alertJson(new Alert("deal-z-v1", Alert.NEW, tracked, NOW)))
                .get("deal");

        // Then
        assertEquals("Nvidia \u2192 Zentrix Robotics (new company)", node.get("headline").asText());
        assertEquals("Zentrix Robotics", node.get("target").asText());
        assertEquals("zentrix-robotics", node.get("parties").get("target").get("id").asText());
        assertTrue(node.get("parties").get("target").get("provisional").asBoolean(), node.toString());
        assertFalse(node.get("parties").get("investor").get("provisional").asBoolean(), node.toString());
    }

    @Test
    void shouldKeepTheNewestVersionOfADealAndForgetADeletedOne() throws Exception {
        // Given
        DashboardState state = new DashboardState();
        state.deal("deal-1", tracked("deal-1", "Amazon", "OpenAI"));
        state.deal("deal-2", tracked("deal-2", "Nvidia", "Cohere"));

        // When deal-1 gets a second version and deal-2 is deleted (a tombstone in the compacted topic)
        TrackedDeal v2 = new TrackedDeal("deal-1", tracked("deal-1", "Amazon", "OpenAI").deal(), List.of(), List.of(), NOW,
                NOW.plusSeconds(60), 2, "source");
        state.deal("deal-1", v2);
        state.deal("deal-2", null);

        // Then
        JsonNode deals = snapshot(state).get("deals");
        assertEquals(1, deals.size());
        assertEquals(2, deals.get(0).get("version").asInt());
    }

    @Test
    void shouldMoveDeliveriesBetweenCountsAsTheirStateChanges() throws Exception {
        // Given
        DashboardState state = new DashboardState();
        Delivery pending = delivery("d1", "hook", Delivery.PENDING, NOW);
        state.delivery("d1", pending);
        state.delivery("d2", delivery("d2", "hook", Delivery.PENDING, NOW));
        state.delivery("d3", delivery("d3", "mail", Delivery.FAILED, NOW));

        // When d1 is delivered, d2 dies, d3 is compacted away
        state.delivery("d1", pending.with(Delivery.DELIVERED, 1, NOW, null, null, NOW.plusSeconds(1)));
        state.delivery("d2", delivery("d2", "hook", Delivery.DEAD, NOW.plusSeconds(2)).with(Delivery.DEAD, 6, NOW, null,
                "HTTP 500", NOW.plusSeconds(2)));
        state.delivery("d3", null);

        // Then
        JsonNode deliveries = Json.mapper().readTree(state.deliveriesJson());
        JsonNode hook = deliveries.get("hook");
        assertEquals(1, hook.get("delivered").asInt());
        assertEquals(0, hook.get("pending").asInt());
        assertEquals(1, hook.get("dead").asInt());
        assertEquals("dead", hook.get("lastState").asText(), "the latest change");
        assertEquals("HTTP 500", hook.get("lastError").asText());
        JsonNode mail = deliveries.get("mail");
        assertEquals(0, mail.get("delivered").asInt() + mail.get("pending").asInt() + mail.get("dead").asInt());
    }

    @Test
    void shouldListFeedsWorstFirst() throws Exception {
        // Given
        DashboardState state = new DashboardState();
        state.feed("ok", feed("ok", FeedStatus.OK, 0));
        state.feed("backing", feed("backing", FeedStatus.FAILED, 4));
        state.feed("failing", feed("failing", FeedStatus.FAILED, 1));
        state.feed("gone", feed("gone", FeedStatus.FAILED, 9));
        state.feed("gone", null);

        // When
        JsonNode feeds = snapshot(state).get("feeds");

        // Then
        List<String> order = new ArrayList<>();
        feeds.forEach(f -> order.add(f.get("feedId").asText() + ":" + f.get("health").asText()));
        assertEquals(List.of("backing:backing-off", "failing:failing", "ok:ok"), order);
    }

    @Test
    void shouldKeepFeedTextAsDataInTheJson() throws Exception {
        // Given a feed whose error message carries markup and quotes
        DashboardState state = new DashboardState();
        FeedStatus hostile = new FeedStatus("x", "<script>alert(1)</script>", "https://example.test/x", NOW,
                FeedStatus.FAILED, 500, 0, 0, 0, 10, "\"quoted\" </script>", NOW, 1);
        state.feed("x", hostile);

        // When
        String json = state.snapshot();

        // Then it parses back to the same strings (the page puts them in as text)
        JsonNode feed = Json.mapper().readTree(json).get("feeds").get(0);
        assertEquals("<script>alert(1)</script>", feed.get("name").asText());
        assertEquals("\"quoted\" </script>", feed.get("error").asText());
        assertFalse(json.contains("\n"), "one line: an SSE data field");
    }

    @Test
    void shouldCarryTheLatestSampleInTheSnapshot() throws Exception {
        DashboardState state = new DashboardState();
        state.sample(Json.mapper().readTree("{\"broker\":\"down\",\"error\":\"no answer\"}"));

        JsonNode sample = snapshot(state).get("sample");

        assertEquals("down", sample.get("broker").asText());
        assertTrue(snapshot(state).has("deliveries"));
    }

    private static JsonNode snapshot(DashboardState state) throws Exception {
        return Json.mapper().readTree(state.snapshot());
    }

    private static Alert alert(String alertId, String dealId, String investor, String target) {
        return new Alert(alertId, Alert.NEW, tracked(dealId, investor, target), NOW);
    }

    private static TrackedDeal tracked(String dealId, String investor, String target) {
        Deal deal = new Deal(new Party(investor.toLowerCase(), investor, null), new Party(target.toLowerCase(), target, null),
                new BigDecimal("10"), null, "USD", new BigDecimal("10000000000"), Qualifier.MORE_THAN, DealType.INVESTMENT,
                DealStage.IN_TALKS, investor + " in talks to invest more than $10 billion in " + target, 0, 10);
        Source source = new Source("art-1", "Reuters", "Title", "https://example.test/1", "en", NOW);
        return new TrackedDeal(dealId, deal, List.of("ai-funding"), List.of(source), NOW, NOW, 1, "new");
    }

    private static Delivery delivery(String id, String subscription, String state, Instant at) {
        return new Delivery(id, subscription, alert("al-" + id, "deal-" + id, "Amazon", "OpenAI"), state, 1, NOW, null,
                null, at, 0);
    }

    private static FeedStatus feed(String id, String outcome, int failures) {
        return new FeedStatus(id, id, "https://example.test/" + id, NOW, outcome, 200, 100, 0, 1, 5,
                failures > 0 ? "HTTP 503" : null, NOW.plusSeconds(60), failures);
    }
}

package dev.newswatch.alerts.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newswatch.alerts.channel.DeliveryIds;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link AlertFeedStore}: which deliveries a feed keeps, in which order, and who may read it. */
class AlertFeedStoreTest {

    static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    static final String TOKEN = "tok-0123456789abcdef";

    @Test
    void shouldKeepTheNewest200DeliveredAlertsNewestFirst() {
        AlertFeedStore store = storeWith(feed("desk"));
        for (int i = 0; i < 250; i++) {
            store.applyDelivery("k" + i, delivery("desk", "deal-" + i + "-v1", Delivery.DELIVERED, T0.plusSeconds(i)));
        }
        List<Delivery> entries = store.open("desk", TOKEN).orElseThrow().entries();
        assertEquals(AlertFeedStore.MAX_ENTRIES, entries.size());
        assertEquals("deal-249-v1", entries.get(0).alert().alertId());
        assertEquals("deal-50-v1", entries.get(199).alert().alertId());
    }

    @Test
    void shouldMakeAnUpdateANewEntryAndADeliveryReadTwiceOne() {
        AlertFeedStore store = storeWith(feed("desk"));
        Delivery v1 = delivery("desk", "deal-1-v1", Delivery.DELIVERED, T0);
        store.applyDelivery(v1.deliveryId(), v1);
        store.applyDelivery(v1.deliveryId(), v1);
        Delivery v2 = delivery("desk", "deal-1-v2", Delivery.DELIVERED, T0.plusSeconds(60));
        store.applyDelivery(v2.deliveryId(), v2);
        assertEquals(List.of("deal-1-v2", "deal-1-v1"), store.open("desk", TOKEN).orElseThrow().entries().stream()
                .map(d -> d.alert().alertId()).toList());
    }

    @Test
    void shouldKeepOnlyDeliveredAlertsOfFeedSubscriptions() {
        AlertFeedStore store = storeWith(feed("desk"));
        store.applySubscription("hook", new Subscription("hook", "webhook", "https://example.test/h", List.of(), "E",
                null, null, null, null, null, null, null, null, null, 0, false, null));
        Delivery pending = delivery("desk", "deal-1-v1", Delivery.PENDING, T0);
        Delivery webhook = delivery("hook", "deal-2-v1", Delivery.DELIVERED, T0);
        store.applyDelivery(pending.deliveryId(), pending);
        store.applyDelivery(webhook.deliveryId(), webhook);
        assertEquals(List.of(), store.open("desk", TOKEN).orElseThrow().entries());
        assertTrue(store.open("hook", null).isEmpty(), "a webhook subscription has no feed");
    }

    @Test
    void shouldOpenNothingForAWrongTokenAnUnknownIdADisabledOrRemovedFeed() {
        AlertFeedStore store = storeWith(feed("desk"));
        assertTrue(store.open("desk", TOKEN).isPresent());
        assertTrue(store.open("desk", TOKEN + "x").isEmpty());
        assertTrue(store.open("desk", "").isEmpty());
        assertTrue(store.open("desk", null).isEmpty());
        assertTrue(store.open("nobody", TOKEN).isEmpty());
        assertTrue(store.open(null, TOKEN).isEmpty());
        store.applySubscription("desk", feed("desk").disable("unsubscribed"));
        assertTrue(store.open("desk", TOKEN).isEmpty(), "disabled");
        store.applySubscription("desk", null);
        assertTrue(store.open("desk", TOKEN).isEmpty(), "removed");
    }

    static AlertFeedStore storeWith(Subscription s) {
        AlertFeedStore store = new AlertFeedStore();
        store.applySubscription(s.id(), s);
        return store;
    }

    static Subscription feed(String id) {
        return new Subscription(id, "feed", null, null, null, null, null, null, null, null, null, null, null, null, 0,
                false, null, null, null, null, TOKEN, null, null, null);
    }

    static Delivery delivery(String subscription, String alertId, String state, Instant raised) {
        Deal deal = new Deal(Party.of("amazon", "Amazon"), Party.of("openai", "OpenAI"), new BigDecimal("10000000000"),
                null, "USD", new BigDecimal("10000000000"), Qualifier.MORE_THAN, DealType.INVESTMENT, DealStage.IN_TALKS,
                "Amazon in talks to invest more than $10 billion in OpenAI.", 0, 58);
        Source source = new Source("article-1", "TechWire", "Amazon & OpenAI <talks>", "https://news.example.test/1", "en",
                raised);
        TrackedDeal tracked = new TrackedDeal(alertId.replaceAll("-v\\d+$", ""), deal, List.of("ai-funding"),
                List.of(source), raised, raised, 1, "new");
        Alert alert = new Alert(alertId, alertId.endsWith("-v1") ? Alert.NEW : Alert.UPDATE, tracked, raised);
        return new Delivery(DeliveryIds.forAlert(alertId, subscription), subscription, alert, state, 1, raised, null,
                null, raised, 0);
    }
}

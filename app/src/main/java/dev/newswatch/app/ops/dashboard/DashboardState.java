package dev.newswatch.app.ops.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.alerts.AlertViews;
import dev.newswatch.app.ops.StatusFormatter;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dashboard shows, kept up to date by {@link LiveTail} (alerts, deals, feed status, deliveries) and
 * {@link TopicSampler} (broker, topics, consumer groups), and rendered as the JSON the page reads: a whole
 * {@link #snapshot()} when a browser connects, then one small object per change ({@link #alertJson},
 * {@link #dealJson}, {@link #feedJson}, {@link #deliveriesJson}). Only the newest {@value #RECENT} alerts and deals
 * are kept; feeds and delivery states are kept whole (one small entry each). Thread-safe.
 */
public final class DashboardState {

    /** Alerts and deals kept for a browser that connects later. */
    public static final int RECENT = 50;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Deque<Alert> alerts = new ArrayDeque<>();
    private final LinkedHashMap<String, TrackedDeal> deals = new LinkedHashMap<>();
    private final Map<String, FeedStatus> feeds = new HashMap<>();
    private final Map<String, Delivery> deliveryById = new HashMap<>();
    private final Map<String, int[]> deliveryCounts = new TreeMap<>();
    private final Map<String, Delivery> lastDelivery = new HashMap<>();
    private JsonNode sample = JSON.objectNode().put("broker", "unknown");

    /** Keeps {@code alert} as the newest one; the same alert id read again (a rewind) replaces the older copy. */
    public synchronized void alert(Alert alert) {
        alerts.removeIf(a -> a.alertId().equals(alert.alertId()));
        alerts.addFirst(alert);
        while (alerts.size() > RECENT) {
            alerts.removeLast();
        }
    }

    /** Keeps the newest version of {@code deal}; a deleted deal (a null record) is forgotten. */
    public synchronized void deal(String dealId, TrackedDeal deal) {
        deals.remove(dealId);
        if (deal == null) {
            return;
        }
        deals.put(dealId, deal);
        if (deals.size() > RECENT) {
            deals.remove(deals.keySet().iterator().next());
        }
    }

    public synchronized void feed(String feedId, FeedStatus status) {
        if (status == null) {
            feeds.remove(feedId);
        } else {
            feeds.put(feedId, status);
        }
    }

    /** Moves a delivery to its new state in the per-subscription counts. */
    public synchronized void delivery(String deliveryId, Delivery delivery) {
        Delivery before = deliveryById.remove(deliveryId);
        if (before != null) {
            deliveryCounts.get(before.subscriptionId())[column(before.state())]--;
        }
        if (delivery == null) {
            return;
        }
        deliveryById.put(deliveryId, delivery);
        deliveryCounts.computeIfAbsent(delivery.subscriptionId(), k -> new int[3])[column(delivery.state())]++;
        Delivery last = lastDelivery.get(delivery.subscriptionId());
        if (last == null || last.updatedAt() == null || delivery.updatedAt() == null
                || !delivery.updatedAt().isBefore(last.updatedAt())) {
            lastDelivery.put(delivery.subscriptionId(), delivery);
        }
    }

    /** The newest broker/topics/groups sample of {@link TopicSampler}. */
    public synchronized void sample(JsonNode sample) {
        this.sample = sample;
    }

    /** Everything, as the page's first event. */
    public synchronized String snapshot() {
        ObjectNode root = JSON.objectNode();
        root.set("sample", sample);
        ArrayNode a = root.putArray("alerts");
        alerts.forEach(x -> a.add(alertNode(x)));
        ArrayNode d = root.putArray("deals");
        List<TrackedDeal> newestFirst = new ArrayList<>(deals.values());
        java.util.Collections.reverse(newestFirst);
        newestFirst.forEach(x -> d.add(dealNode(x)));
        ArrayNode f = root.putArray("feeds");
        StatusFormatter.worstFirst(new ArrayList<>(feeds.values())).forEach(x -> f.add(feedNode(x)));
        root.set("deliveries", deliveriesNode());
        return root.toString();
    }

    public static String alertJson(Alert alert) {
        return alertNode(alert).toString();
    }

    public static String dealJson(TrackedDeal deal) {
        return dealNode(deal).toString();
    }

    public static String feedJson(FeedStatus status) {
        return feedNode(status).toString();
    }

    /** The per-subscription delivery counts, for the event sent after each ledger change. */
    public synchronized String deliveriesJson() {
        return deliveriesNode().toString();
    }

    private ObjectNode deliveriesNode() {
        ObjectNode out = JSON.objectNode();
        deliveryCounts.forEach((sub, c) -> {
            ObjectNode row = out.putObject(sub).put("delivered", c[0]).put("pending", c[1]).put("dead", c[2]);
            Delivery last = lastDelivery.get(sub);
            if (last != null) {
                row.put("lastState", last.state()).put("lastAt", text(last.updatedAt()))
                        .put("lastError", last.lastError()).put("lastDeal", last.alert().aboutArticle()
                                ? "article: " + last.alert().article().article().title()
                                : headline(last.alert().deal().deal()));
            }
        });
        return out;
    }

    private static int column(String state) {
        return switch (state) {
            case Delivery.DELIVERED -> 0;
            case Delivery.DEAD -> 2;
            default -> 1;
        };
    }

    static ObjectNode alertNode(Alert alert) {
        ObjectNode n = JSON.objectNode()
                .put("alertId", alert.alertId())
                .put("kind", alert.kind())
                .put("raisedAt", text(alert.raisedAt()));
        n.set("deal", dealNode(alert.deal()));
        return n;
    }

    static ObjectNode dealNode(TrackedDeal tracked) {
        Deal deal = tracked.deal();
        ObjectNode n = JSON.objectNode()
                .put("dealId", tracked.dealId())
                .put("investor", name(deal.investor()))
                .put("target", name(deal.target()))
                .put("amountUsd", deal.amountUsd() == null ? null : deal.amountUsd().toPlainString())
                .put("amount", deal.amount() == null ? null : deal.amount().toPlainString())
                .put("currency", deal.currency())
                .put("qualifier", deal.qualifier() == null ? null : deal.qualifier().name().toLowerCase(java.util.Locale.ROOT))
                .put("type", deal.type() == null ? null : deal.type().wireName())
                .put("stage", deal.stage() == null ? null : deal.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .put("evidence", deal.evidence())
                .put("firstSeen", text(tracked.firstSeen()))
                .put("lastSeen", text(tracked.lastSeen()))
                .put("version", tracked.version())
                .put("change", tracked.change())
                .put("headline", headline(deal));
        ObjectNode parties = n.putObject("parties");
        party(parties, "investor", deal.investor());
        party(parties, "target", deal.target());
        ArrayNode categories = n.putArray("categories");
        tracked.categories().forEach(categories::add);
        ArrayNode sources = n.putArray("sources");
        for (Source s : tracked.sources()) {
            sources.addObject().put("outlet", s.outlet()).put("title", s.title()).put("url", s.url())
                    .put("language", s.language()).put("published", text(s.published()));
        }
        return n;
    }

    static ObjectNode feedNode(FeedStatus s) {
        ObjectNode n = JSON.objectNode()
                .put("feedId", s.feedId())
                .put("name", s.name())
                .put("url", s.url())
                .put("health", StatusFormatter.FeedHealth.of(s).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                .put("outcome", s.outcome())
                .put("httpStatus", s.httpStatus())
                .put("itemsNew", s.itemsNew())
                .put("latencyMs", s.latencyMs())
                .put("failures", s.failures())
                .put("error", s.error())
                .put("time", text(s.time()))
                .put("nextPoll", text(s.nextPoll()));
        if (s.push() == null) {
            n.putNull("push");
        } else {
            n.putObject("push").put("state", s.push().state()).put("hub", s.push().hub())
                    .put("leaseEnd", text(s.push().leaseEnd())).put("lastNotification", text(s.push().lastNotification()))
                    .put("error", s.push().error());
        }
        return n;
    }

    /** "Amazon → OpenAI" with whichever side is known; "Zentrix Robotics (new company)" for a provisional party. */
    static String headline(Deal deal) {
        String investor = AlertViews.label(deal.investor());
        String target = AlertViews.label(deal.target());
        return (investor == null ? "?" : investor) + " \u2192 " + (target == null ? "?" : target);
    }

    /** {@code {id, name, provisional}} under {@code role}, or null: as in the webhook payload. */
    private static void party(ObjectNode parties, String role, Party party) {
        if (party == null) {
            parties.putNull(role);
            return;
        }
        parties.putObject(role).put("id", party.id()).put("name", party.name()).put("provisional", party.provisional());
    }

    private static String name(Party party) {
        return party == null ? null : party.name();
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}

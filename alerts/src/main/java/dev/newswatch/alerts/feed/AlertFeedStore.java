package dev.newswatch.alerts.feed;

import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The newest {@value #MAX_ENTRIES} delivered alerts of every feed subscription, fed with the subscriptions table
 * and the delivery ledger as they are read. An entry is one delivery (one alert version), so an update of a deal
 * is a new entry; a delivery read again replaces itself. Deliveries of subscriptions that are not (or no longer)
 * feeds are not kept.
 *
 * <p>Thread-safe: one thread applies records while HTTP threads read snapshots.
 */
public final class AlertFeedStore {

    /** Most entries a feed serves. */
    public static final int MAX_ENTRIES = 200;

    /** Newest first: by the time the alert was raised, then by delivery id, so the order is total and stable. */
    static final Comparator<Delivery> NEWEST_FIRST = Comparator.comparing(AlertFeedStore::time).reversed()
            .thenComparing(Delivery::deliveryId);

    private final Map<String, Subscription> feeds = new HashMap<>();
    private final Map<String, TreeMap<String, Delivery>> entries = new HashMap<>();

    /** Applies one record of the subscriptions table (null: removed). */
    public synchronized void applySubscription(String id, Subscription s) {
        if (s == null || !Subscription.FEED.equals(s.channel())) {
            feeds.remove(id);
            entries.remove(id);
        } else {
            feeds.put(id, s);
        }
    }

    /** Applies one record of the delivery ledger (null: compacted away); keeps it when it is a delivered feed alert. */
    public synchronized void applyDelivery(String deliveryId, Delivery d) {
        if (d == null) {
            entries.values().forEach(m -> m.remove(deliveryId));
            return;
        }
        if (!feeds.containsKey(d.subscriptionId()) || !Delivery.DELIVERED.equals(d.state())) {
            return;
        }
        TreeMap<String, Delivery> feed = entries.computeIfAbsent(d.subscriptionId(), k -> new TreeMap<>());
        feed.put(d.deliveryId(), d);
        if (feed.size() > MAX_ENTRIES) {
            feed.values().stream().max(NEWEST_FIRST).ifPresent(oldest -> feed.remove(oldest.deliveryId()));
        }
    }

    /**
     * The feed of {@code subscriptionId} when {@code token} is its feed token, newest entry first; empty for an
     * unknown id, a subscription that is not a feed, a disabled one or a wrong token, alike.
     */
    public synchronized Optional<Feed> open(String subscriptionId, String token) {
        Subscription s = subscriptionId == null ? null : feeds.get(subscriptionId);
        // Compared in constant time, and against a dummy when the id is unknown, so timing tells nothing either.
        String expected = s == null ? "\u0000no-such-feed" : s.feedToken();
        boolean match = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                (token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
        if (s == null || !match || s.disabled()) {
            return Optional.empty();
        }
        List<Delivery> list = new ArrayList<>(entries.getOrDefault(subscriptionId, new TreeMap<>()).values());
        list.sort(NEWEST_FIRST);
        return Optional.of(new Feed(s, List.copyOf(list)));
    }

    private static Instant time(Delivery d) {
        Instant raised = d.alert().raisedAt();
        return raised != null ? raised : d.updatedAt() != null ? d.updatedAt() : Instant.EPOCH;
    }

    /** When an entry counts as published: when its alert was raised, else when it was delivered. */
    static Instant published(Delivery d) {
        return time(d);
    }

    /**
     * One subscription's feed at one moment.
     *
     * @param subscription the feed subscription
     * @param entries      its delivered alerts, newest first, at most {@value #MAX_ENTRIES}
     */
    public record Feed(Subscription subscription, List<Delivery> entries) {
    }
}

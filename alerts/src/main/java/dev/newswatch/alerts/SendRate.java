package dev.newswatch.alerts;

import dev.newswatch.core.model.Subscription;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The sends of each subscription in the last minute, against its rate cap ({@code maxPerMinute}; 0 or less
 * means none). Coordinator thread only.
 */
final class SendRate {

    private final Map<String, Deque<Instant>> recentSends = new HashMap<>();

    /** True when the subscription has a cap and reached it in the minute before {@code now}. */
    boolean overCap(Subscription s, Instant now) {
        if (s.maxPerMinute() <= 0) {
            return false;
        }
        Deque<Instant> sends = sendsOf(s);
        while (!sends.isEmpty() && sends.peekFirst().isBefore(now.minusSeconds(60))) {
            sends.pollFirst();
        }
        return sends.size() >= s.maxPerMinute();
    }

    /** How many more sends the subscription's cap allows in the minute before {@code now}; the cap must be set. */
    int room(Subscription s, Instant now) {
        overCap(s, now);
        return Math.max(0, s.maxPerMinute() - sendsOf(s).size());
    }

    /** Counts one send at {@code now}. */
    void sent(Subscription s, Instant now) {
        sendsOf(s).add(now);
    }

    private Deque<Instant> sendsOf(Subscription s) {
        return recentSends.computeIfAbsent(s.id(), k -> new ArrayDeque<>());
    }
}

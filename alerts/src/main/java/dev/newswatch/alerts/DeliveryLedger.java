package dev.newswatch.alerts;

import dev.newswatch.core.model.Delivery;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This instance's view of the delivery ledger: every delivery id it knows of (so an alert read again is not
 * delivered twice), the open deliveries (pending, failed with a next attempt, waiting for a digest), the
 * ones being sent now, and when finished ones last changed. Fed by the ledger topic, which other writers
 * change too (an earlier run, another instance, {@code alerts retry}), and by this instance's own outcomes.
 *
 * <p>Coordinator thread only.
 */
final class DeliveryLedger {

    private final Set<String> known = new HashSet<>();
    private final Map<String, Delivery> active = new LinkedHashMap<>();
    /** When each delivery that left {@link #active} (delivered or dead) last changed, to ignore older ledger records. */
    private final Map<String, Instant> finished = new HashMap<>();
    private final Set<String> inFlight = new HashSet<>();

    /** Applies a record read from the ledger topic; null (a tombstone) is ignored. */
    void apply(String id, Delivery d) {
        if (d == null) {
            return;
        }
        known.add(id);
        Delivery mine = active.get(id);
        if (mine != null && mine.updatedAt() != null && d.updatedAt() != null && d.updatedAt().isBefore(mine.updatedAt())) {
            return;
        }
        // Our own pending record often comes back after the delivery finished: it must not send it again.
        Instant done = finished.get(id);
        if (done != null && d.updatedAt() != null && !d.updatedAt().isAfter(done)) {
            return;
        }
        if (d.terminal()) {
            active.remove(id);
            if (d.updatedAt() != null) {
                finished.put(id, d.updatedAt());
            }
        } else if (!inFlight.contains(id)) {
            active.put(id, d);
        }
    }

    /** Claims a delivery id for a new delivery: false when the id is already known (the alert was read before). */
    boolean claim(String deliveryId) {
        return known.add(deliveryId);
    }

    /**
     * Drops a delivery this instance created but could not write to the ledger topic, so the alert read again
     * creates it again. A record of it that did reach the topic comes back through {@link #apply} as usual.
     */
    void forget(String deliveryId) {
        known.remove(deliveryId);
        active.remove(deliveryId);
    }

    /** Records a new or changed open delivery. */
    void open(Delivery d) {
        active.put(d.deliveryId(), d);
    }

    /** Records a delivery after an attempt: finished when terminal, open again otherwise. */
    void settle(Delivery next) {
        if (next.terminal()) {
            active.remove(next.deliveryId());
            finished.put(next.deliveryId(), next.updatedAt());
        } else {
            active.put(next.deliveryId(), next);
        }
    }

    /** The open deliveries, copied: the caller may change the ledger while it goes through them. */
    List<Delivery> openDeliveries() {
        return List.copyOf(active.values());
    }

    /** How many deliveries are open. */
    int openCount() {
        return active.size();
    }

    /** True while a delivery is being sent. */
    boolean sending(String deliveryId) {
        return inFlight.contains(deliveryId);
    }

    /** Marks a delivery as being sent: ledger records read meanwhile do not reopen it. */
    void startSending(String deliveryId) {
        inFlight.add(deliveryId);
    }

    /** Marks a delivery as no longer being sent. */
    void stopSending(String deliveryId) {
        inFlight.remove(deliveryId);
    }
}

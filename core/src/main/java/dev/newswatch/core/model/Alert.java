package dev.newswatch.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A deal worth telling subscribers about: the value of the alerts topic, keyed by {@link #alertId()}.
 * {@code kind} is "new" for the first alert of a deal and "update" for a material change. The alert id
 * ({@code dealId + "-v" + version}) is stable, so re-processing never makes a second alert for one
 * version of a deal. Immutable.
 */
public record Alert(String alertId, String kind, TrackedDeal deal, Instant raisedAt) {

    public static final String NEW = "new";
    public static final String UPDATE = "update";

    public Alert {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(deal, "deal");
        if (!NEW.equals(kind) && !UPDATE.equals(kind)) {
            throw new IllegalArgumentException("alert kind must be new or update: " + kind);
        }
    }
}

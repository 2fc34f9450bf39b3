package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.TrackedDeal;
import java.util.List;
import java.util.Objects;

/**
 * An alert the backtest raised; {@code latest}, its deal as it stood at the end of the history (with every
 * report that came after the alert among its sources); and the ids of the subscriptions the alert would have
 * reached. Immutable.
 */
public record AlertOutcome(Alert alert, TrackedDeal latest, List<String> subscriptions) {

    public AlertOutcome {
        Objects.requireNonNull(alert, "alert");
        latest = latest == null ? alert.deal() : latest;
        subscriptions = List.copyOf(subscriptions);
    }

    /** The deal identity used to compare rule sets. */
    public DealKey key() {
        return DealKey.of(alert.deal().deal());
    }
}

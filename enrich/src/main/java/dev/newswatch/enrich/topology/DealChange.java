package dev.newswatch.enrich.topology;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.TrackedDeal;
import java.util.Objects;

/** What the deal tracker emits for one report: the deal's new record, and an alert when one is due (else null). */
public record DealChange(TrackedDeal deal, Alert alert) {

    public DealChange {
        Objects.requireNonNull(deal, "deal");
    }
}

package dev.newswatch.enrich.topology;

import dev.newswatch.core.model.TrackedDeal;
import java.util.List;
import java.util.Objects;

/**
 * What the deal tracker remembers about the deals of one party: each deal and whether an alert was already
 * raised for it. The value of the {@code deal-book} store. Immutable.
 */
public record DealState(List<Entry> deals) {

    public DealState {
        deals = deals == null ? List.of() : List.copyOf(deals);
    }

    /** One tracked deal and whether subscribers have been alerted about it. */
    public record Entry(TrackedDeal deal, boolean alerted) {
        public Entry {
            Objects.requireNonNull(deal, "deal");
        }
    }
}

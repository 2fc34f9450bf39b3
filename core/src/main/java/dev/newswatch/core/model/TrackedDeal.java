package dev.newswatch.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One distinct deal however many outlets report it: the value of the deals topic, keyed by {@link #dealId()}.
 *
 * <p>{@code deal} holds the current best knowledge (latest stage, revised amount, parties with their
 * entity records). {@code version} starts at 1 and grows with every material change; {@code change} says
 * what the last version changed ("new", "stage in-talks → announced", "amount revised", "new party").
 * {@code sources} lists every report, first one first. Immutable.
 */
public record TrackedDeal(String dealId, Deal deal, List<String> categories, List<Source> sources,
                          Instant firstSeen, Instant lastSeen, int version, String change) {

    public TrackedDeal {
        Objects.requireNonNull(dealId, "dealId");
        Objects.requireNonNull(deal, "deal");
        categories = categories == null ? List.of() : List.copyOf(categories);
        sources = sources == null ? List.of() : List.copyOf(sources);
        if (version < 1) {
            throw new IllegalArgumentException("deal version starts at 1");
        }
    }
}

package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import java.util.List;

/**
 * What a detector under evaluation produced for one item: its deals and, for callers that also tag
 * categories, the category ids (empty when not computed). Immutable.
 */
public record Detection(List<Deal> deals, List<String> categories) {

    public Detection {
        deals = deals == null ? List.of() : List.copyOf(deals);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** A detection of deals only. */
    public static Detection of(List<Deal> deals) {
        return new Detection(deals, List.of());
    }
}

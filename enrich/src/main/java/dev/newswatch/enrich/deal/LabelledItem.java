package dev.newswatch.enrich.deal;

import java.util.List;
import java.util.Objects;

/**
 * One line of a labelled deal set (the format of {@code deals_dev.jsonl}): an article with the deals and
 * categories it must yield. {@code lenient} items do not count extra deals as errors. Immutable.
 */
public record LabelledItem(String id, String language, String title, String text, List<ExpectedDeal> deals,
                           List<String> categories, boolean lenient) {

    public LabelledItem {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a labelled item needs an id");
        }
        Objects.requireNonNull(text, "text of item " + id);
        title = title == null ? "" : title;
        deals = deals == null ? List.of() : List.copyOf(deals);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The text a pipeline sees: the title on its own line, then the body. */
    public String articleText() {
        return title.isBlank() ? text : title + "\n" + text;
    }
}

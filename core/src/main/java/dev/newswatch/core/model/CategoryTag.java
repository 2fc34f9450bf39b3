package dev.newswatch.core.model;

import java.util.List;

/** A category an article was tagged with, the taxonomy terms that matched, and a score (matches weighted). */
public record CategoryTag(String category, List<String> terms, double score) {

    public CategoryTag {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("tag needs a category");
        }
        terms = terms == null ? List.of() : List.copyOf(terms);
    }
}

package dev.newswatch.ingest.parse;

import java.time.Instant;
import java.util.List;

/**
 * One RSS {@code <item>} or Atom {@code <entry>} as read from the wire, before normalisation.
 *
 * <p>Every string may be null. {@code link} is resolved against the document's base URI when it was
 * relative. {@code title}, {@code descriptionHtml} and {@code contentHtml} are HTML as the feed meant it
 * (plain-text constructs are HTML-escaped), not yet sanitised. {@code published} and {@code updated} may be
 * null. {@code authors} and {@code categories} are never null, hold no null or blank element, and are copied.
 *
 * <p>Immutable and thread-safe.
 */
public record ParsedItem(
        String guid,
        String link,
        String title,
        String descriptionHtml,
        String contentHtml,
        Instant published,
        Instant updated,
        List<String> authors,
        List<String> categories) {

    public ParsedItem {
        authors = cleanCopy(authors);
        categories = cleanCopy(categories);
    }

    private static List<String> cleanCopy(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return values.stream().filter(value -> value != null && !value.isBlank()).toList();
    }
}

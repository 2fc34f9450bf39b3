package dev.newswatch.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One news item, normalised from a feed entry. The value of the articles topic, keyed by {@link #id()}.
 *
 * <p>{@code id} is the lower-case hex SHA-256 of the canonical URL (or of the feed id and GUID when an
 * item has no link), so the same story fetched twice, or from two feeds, has one id. {@code title} and
 * {@code summary} are plain text; {@code contentHtml} is sanitised HTML or {@code null}. {@code published}
 * is the event time (the fetch time when the feed gives none). {@code language} is an ISO 639-1 code
 * ("en", "it", ...) or {@code "und"} when unknown. Lists are never null and are copied.
 *
 * <p>Immutable and thread-safe.
 */
public record Article(
        String id,
        String feedId,
        String source,
        String url,
        String title,
        String summary,
        String contentHtml,
        Instant published,
        Instant fetched,
        String language,
        List<String> authors,
        List<String> categories) {

    public Article {
        requireText(id, "id");
        requireText(feedId, "feedId");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(fetched, "fetched");
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        language = language == null || language.isBlank() ? "und" : language;
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Title, summary and the text of the content, the text that enrichment reads. */
    public String fullText() {
        return title + "\n" + summary;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Article." + name + " must not be blank");
        }
    }
}

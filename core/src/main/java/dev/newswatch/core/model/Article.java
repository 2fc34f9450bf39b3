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
 * is the event time (the fetch time when the feed gives none). {@code pageText} is the article body read from
 * the item's web page (plain text, empty when the page was not fetched or held none): the feed's own text stays
 * in {@code summary} and {@code contentHtml}, apart from it. {@code language} is an ISO 639-1 code
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
        List<String> categories,
        String pageText) {

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
        pageText = pageText == null ? "" : pageText;
    }

    /** An article with no page text: what a feed alone gives. */
    public Article(String id, String feedId, String source, String url, String title, String summary,
                   String contentHtml, Instant published, Instant fetched, String language, List<String> authors,
                   List<String> categories) {
        this(id, feedId, source, url, title, summary, contentHtml, published, fetched, language, authors, categories,
                "");
    }

    /** This article with {@code text} as its page text. */
    public Article withPageText(String text) {
        return new Article(id, feedId, source, url, title, summary, contentHtml, published, fetched, language, authors,
                categories, text);
    }

    /** Title, summary and the page text when there is one: the text that enrichment reads. */
    public String fullText() {
        return pageText.isEmpty() ? title + "\n" + summary : title + "\n" + summary + "\n" + pageText;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Article." + name + " must not be blank");
        }
    }
}

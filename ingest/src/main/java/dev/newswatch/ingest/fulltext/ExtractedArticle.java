package dev.newswatch.ingest.fulltext;

import java.time.Instant;

/**
 * What {@link ArticleExtractor} read from a page: the headline, the body as plain text (paragraphs on their own
 * lines) and the publication date, each kept apart.
 *
 * @param title     the headline, empty when the page has none
 * @param text      the article body, empty when none was found
 * @param published when the page says it was published, or {@code null}
 * @param method    how the body was found: {@code "json-ld"}, {@code "scored"} or {@code "none"}
 */
public record ExtractedArticle(String title, String text, Instant published, String method) {

    public ExtractedArticle {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        method = method == null ? "none" : method;
    }

    /** True when a body was found. */
    public boolean hasText() {
        return !text.isBlank();
    }
}

package dev.newswatch.core.model;

import java.time.Instant;

/**
 * One report of a deal: the article that carried it, and the feed it came from ({@code feedId}; null in records
 * written before it was kept).
 */
public record Source(String articleId, String outlet, String title, String url, String language, Instant published,
                     String feedId) {

    /** A source whose feed is not known. */
    public Source(String articleId, String outlet, String title, String url, String language, Instant published) {
        this(articleId, outlet, title, url, language, published, null);
    }

    public static Source of(Article a) {
        return new Source(a.id(), a.source(), a.title(), a.url(), a.language(), a.published(), a.feedId());
    }
}

package dev.newswatch.core.model;

import java.time.Instant;

/** One report of a deal: the article that carried it. */
public record Source(String articleId, String outlet, String title, String url, String language, Instant published) {

    public static Source of(Article a) {
        return new Source(a.id(), a.source(), a.title(), a.url(), a.language(), a.published());
    }
}

package dev.newswatch.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Something worth telling subscribers about: the value of the alerts topic, keyed by {@link #alertId()}.
 *
 * <p>A deal alert ({@code kind} "new" for the first alert of a deal, "update" for a material change) carries the
 * {@code deal}; its id ({@code dealId + "-v" + version}) is stable, so re-processing never makes a second alert for
 * one version of a deal. An article alert ({@code kind} "article", for subscriptions with {@code alert-on: articles})
 * carries the {@code article} instead, its id {@code "article-" + article id}, so one article makes one alert
 * however often it is read; its page text and HTML are left out (rules read its title and summary). Exactly one of
 * {@code deal} and {@code article} is set. Immutable.
 */
public record Alert(String alertId, String kind, TrackedDeal deal, Instant raisedAt, EnrichedArticle article) {

    public static final String NEW = "new";
    public static final String UPDATE = "update";
    public static final String ARTICLE = "article";
    /** The prefix of an article alert's id: never the start of a deal id, so the ledger keys never meet. */
    public static final String ARTICLE_ID_PREFIX = "article-";

    public Alert {
        Objects.requireNonNull(alertId, "alertId");
        if (ARTICLE.equals(kind)) {
            Objects.requireNonNull(article, "article");
            if (deal != null) {
                throw new IllegalArgumentException("an article alert carries no deal: " + alertId);
            }
        } else {
            Objects.requireNonNull(deal, "deal");
            if (!NEW.equals(kind) && !UPDATE.equals(kind)) {
                throw new IllegalArgumentException("alert kind must be new, update or article: " + kind);
            }
            if (article != null) {
                throw new IllegalArgumentException("a deal alert carries no article: " + alertId);
            }
        }
    }

    /** A deal alert. */
    public Alert(String alertId, String kind, TrackedDeal deal, Instant raisedAt) {
        this(alertId, kind, deal, raisedAt, null);
    }

    /** The article alert of {@code enriched}, raised at {@code raisedAt}, without its page text and HTML. */
    public static Alert ofArticle(EnrichedArticle enriched, Instant raisedAt) {
        Article a = enriched.article();
        Article slim = new Article(a.id(), a.feedId(), a.source(), a.url(), a.title(), a.summary(), null, a.published(),
                a.fetched(), a.language(), a.authors(), a.categories(), "");
        EnrichedArticle kept = new EnrichedArticle(enriched.id(), slim, enriched.categories(), enriched.mentions(),
                enriched.entities(), enriched.deals());
        return new Alert(ARTICLE_ID_PREFIX + enriched.id(), ARTICLE, null, raisedAt, kept);
    }

    /** True for an article alert, which has no deal. */
    public boolean aboutArticle() {
        return ARTICLE.equals(kind);
    }
}

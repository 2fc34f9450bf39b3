package dev.newswatch.core.model;

import java.util.List;
import java.util.Objects;

/**
 * An article with what enrichment found in it: the value of the enriched-articles topic, keyed by article
 * id. {@code entities} are the entity records of the mentioned companies, joined from the entity table at
 * the time the article was processed. Lists are never null. Immutable.
 */
public record EnrichedArticle(String id, Article article, List<CategoryTag> categories,
                              List<EntityMention> mentions, List<Entity> entities, List<Deal> deals) {

    public EnrichedArticle {
        Objects.requireNonNull(article, "article");
        id = id == null ? article.id() : id;
        categories = categories == null ? List.of() : List.copyOf(categories);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        entities = entities == null ? List.of() : List.copyOf(entities);
        deals = deals == null ? List.of() : List.copyOf(deals);
    }

    /** The category names, in tag order. */
    public List<String> categoryNames() {
        return categories.stream().map(CategoryTag::category).toList();
    }
}

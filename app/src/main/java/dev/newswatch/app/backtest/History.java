package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of a history (an archive or the articles topic), deduplicated by id (the first sighting
 * wins, as in the ingester) and in event-time order: published time, then id. {@code documents} counts the
 * archive documents read (records, for a topic), {@code duplicates} the repeated sightings dropped, and
 * {@code problems} describes each document that could not be read. Immutable.
 */
public record History(List<Article> articles, int documents, int duplicates, List<String> problems) {

    /** Event-time order: the order articles are piped through the topology. */
    public static final Comparator<Article> EVENT_ORDER =
            Comparator.comparing(Article::published).thenComparing(Article::id);

    public History {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    /**
     * The history of {@code sightings}, given in the order they were seen (fetch order): duplicates by id are
     * dropped, keeping the first, and the rest sorted by event time.
     */
    public static History of(List<Article> sightings, int documents, List<String> problems) {
        Map<String, Article> firstSeen = new LinkedHashMap<>();
        for (Article article : sightings) {
            firstSeen.putIfAbsent(article.id(), article);
        }
        List<Article> ordered = new ArrayList<>(firstSeen.values());
        ordered.sort(EVENT_ORDER);
        return new History(ordered, documents, sightings.size() - ordered.size(), problems);
    }

    /** The articles published within {@code window}, in event-time order. */
    public List<Article> within(TimeWindow window) {
        return articles.stream().filter(a -> window.contains(a.published())).toList();
    }
}

package dev.newswatch.ingest;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedStatus;
import java.util.List;
import java.util.Objects;

/**
 * Everything one poll of one feed writes, in one Kafka transaction: the new articles, the feed's new
 * checkpoint and its status. Immutable.
 */
public record FeedUpdate(List<Article> newArticles, FeedCheckpoint checkpoint, FeedStatus status) {

    public FeedUpdate {
        newArticles = List.copyOf(newArticles);
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(status, "status");
    }
}

package dev.newswatch.enrich.topology;

import dev.newswatch.core.metrics.PipelineMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The article ids seen within the dedup window, in event time, without Kafka Streams: the topology's
 * {@code dedup-articles} processor ({@link ArticleDeduplicator}) delegates to it with the {@code seen-articles}
 * store as state; the backtest calls it directly with a map. Not thread-safe.
 */
public final class SeenArticles {

    /** How often (in stream time) the topology calls {@link #forgetOld}. */
    public static final Duration PURGE_INTERVAL = Duration.ofHours(1);

    private final KeyedState<Long> seen;
    private final Duration window;
    private final PipelineMetrics metrics;

    /**
     * @param seen    the record time (epoch milliseconds) each id was first seen at
     * @param window  how long an id is remembered
     * @param metrics where duplicates dropped are counted
     */
    public SeenArticles(KeyedState<Long> seen, Duration window, PipelineMetrics metrics) {
        this.seen = Objects.requireNonNull(seen, "seen");
        this.window = Objects.requireNonNull(window, "window");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Whether {@code articleId} is seen for the first time (then it is remembered at {@code timestamp});
     * false, counted as a duplicate, when it was already seen and not yet forgotten.
     */
    public boolean firstSighting(String articleId, long timestamp) {
        if (seen.get(articleId) != null) {
            metrics.articleDeduplicated();
            return false;
        }
        seen.put(articleId, timestamp);
        return true;
    }

    /** Forgets the ids first seen before {@code streamTime} minus the window. */
    public void forgetOld(long streamTime) {
        long horizon = streamTime - window.toMillis();
        List<String> expired = new ArrayList<>();
        seen.forEach((id, time) -> {
            if (time < horizon) {
                expired.add(id);
            }
        });
        expired.forEach(seen::delete);
    }
}

package dev.newswatch.enrich.topology;

import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Article;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops an article whose id was already processed within the dedup window (the same story from two feeds,
 * or re-delivered after a crash): {@link SeenArticles} over the {@code seen-articles} store, which forgets ids
 * older than the window, in event time.
 */
final class ArticleDeduplicator implements FixedKeyProcessor<String, Article, Article> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleDeduplicator.class);

    private final Duration window;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private SeenArticles seen;

    ArticleDeduplicator(Duration window, PipelineMetrics metrics) {
        this.window = window;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = new SeenArticles(StoreState.of(context.getStateStore(EnrichTopology.SEEN_ARTICLES_STORE)),
                window, metrics);
        context.schedule(SeenArticles.PURGE_INTERVAL, PunctuationType.STREAM_TIME, seen::forgetOld);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        if (!seen.firstSighting(record.key(), record.timestamp())) {
            LOG.debug("Dropping duplicate article {} ({}).", record.key(), record.value().url());
            return;
        }
        context.forward(record);
    }
}

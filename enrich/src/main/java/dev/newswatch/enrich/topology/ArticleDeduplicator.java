package dev.newswatch.enrich.topology;

import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Article;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops an article whose id was already processed within the dedup window (the same story from two feeds,
 * or re-delivered after a crash). Remembers ids in the {@code seen-articles} store and forgets those older
 * than the window, in event time.
 */
final class ArticleDeduplicator implements FixedKeyProcessor<String, Article, Article> {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleDeduplicator.class);

    private final Duration window;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private KeyValueStore<String, Long> seen;

    ArticleDeduplicator(Duration window, PipelineMetrics metrics) {
        this.window = window;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.seen = context.getStateStore(EnrichTopology.SEEN_ARTICLES_STORE);
        context.schedule(Duration.ofHours(1), PunctuationType.STREAM_TIME, this::forgetOld);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        if (seen.get(record.key()) != null) {
            LOG.debug("Dropping duplicate article {} ({}).", record.key(), record.value().url());
            metrics.articleDeduplicated();
            return;
        }
        seen.put(record.key(), record.timestamp());
        context.forward(record);
    }

    private void forgetOld(long streamTime) {
        long horizon = streamTime - window.toMillis();
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = seen.all()) {
            while (all.hasNext()) {
                KeyValue<String, Long> entry = all.next();
                if (entry.value < horizon) {
                    expired.add(entry.key);
                }
            }
        }
        expired.forEach(seen::delete);
    }
}

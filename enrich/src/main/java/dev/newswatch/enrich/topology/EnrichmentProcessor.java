package dev.newswatch.enrich.topology;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.ArticleEnricher;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Tags, links and extracts deals from one article: {@link ArticleEnricher} with the linker of the current
 * entity table, and each mentioned entity joined to its record in the table (article ⋈ entities).
 */
final class EnrichmentProcessor implements FixedKeyProcessor<String, Article, EnrichedArticle> {

    private final ArticleEnricher enricher;
    private final EntityIndex index;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private ReadOnlyKeyValueStore<String, ValueAndTimestamp<Entity>> entities;

    EnrichmentProcessor(ArticleEnricher enricher, EntityIndex index) {
        this.enricher = enricher;
        this.index = index;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.entities = context.getStateStore(EnrichTopology.ENTITIES_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        var linker = index.linker(entities, context.currentSystemTimeMs());
        EnrichedArticle enriched = enricher.enrich(record.value(), linker, id -> EntityIndex.lookup(entities, id));
        context.forward(record.withValue(enriched));
    }
}

package dev.newswatch.enrich.topology;

import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.serde.JsonSerde;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.ArticleEnricher;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The enrich topology, built by one pure function ({@link #build}: no I/O, no clock, no KafkaStreams), read
 * top to bottom:
 * <pre>
 *   entities ──► GlobalKTable "entities" (in memory, every instance has all of it)
 *   articles ──► dedup-articles ──► enrich-article (tag, link ⋈ entities, extract deals) ──► enriched
 *                                        └─► deal-reports (one per deal, keyed by party)
 *                                              ──► repartition "deal-reports-by-party"
 *                                              ──► track-deals (one deal, many reports) ──► deals
 *                                                                                      └─► alerts
 * </pre>
 * Every processor, store and internal topic is named, so {@code Topology#describe()} reads well and the
 * names stay stable across versions.
 */
public final class EnrichTopology {

    public static final String ENTITIES_STORE = "entities";
    public static final String SEEN_ARTICLES_STORE = "seen-articles";
    public static final String DEAL_BOOK_STORE = "deal-book";
    /** The input of {@link #buildDealTracking}: a driver-only topic, never created on a broker. */
    public static final String DEAL_REPORTS_TOPIC = "deal-reports-by-party";

    private EnrichTopology() {
    }

    /**
     * What the topology needs to know.
     *
     * @param topics        the topic catalogue
     * @param enricher      the enrichment function (taxonomy and rates already loaded)
     * @param alertFloorUsd deals at or above this USD amount raise alerts
     * @param dedupWindow   how long article ids are remembered
     * @param dealMemory    how long deals are remembered for merging
     * @param metrics       where duplicates dropped, deals found and alerts raised are counted (null: nowhere)
     */
    public record Settings(Topics topics, ArticleEnricher enricher, BigDecimal alertFloorUsd, Duration dedupWindow,
                           Duration dealMemory, PipelineMetrics metrics) {
        public Settings {
            Objects.requireNonNull(topics, "topics");
            Objects.requireNonNull(enricher, "enricher");
            Objects.requireNonNull(alertFloorUsd, "alertFloorUsd");
            Objects.requireNonNull(dedupWindow, "dedupWindow");
            Objects.requireNonNull(dealMemory, "dealMemory");
            metrics = metrics == null ? PipelineMetrics.NONE : metrics;
        }

        /** Settings that count nothing. */
        public Settings(Topics topics, ArticleEnricher enricher, BigDecimal alertFloorUsd, Duration dedupWindow,
                        Duration dealMemory) {
            this(topics, enricher, alertFloorUsd, dedupWindow, dealMemory, PipelineMetrics.NONE);
        }
    }

    public static Topology build(Settings s) {
        Topics t = s.topics();
        StreamsBuilder builder = new StreamsBuilder();
        EntityIndex entityIndex = new EntityIndex();

        builder.globalTable(t.entities.name(),
                Consumed.with(t.entities.keySerde(), t.entities.valueSerde()).withName("entities-source"),
                Materialized.<String, Entity>as(Stores.inMemoryKeyValueStore(ENTITIES_STORE))
                        .withKeySerde(t.entities.keySerde())
                        .withValueSerde(t.entities.valueSerde()));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_ARTICLES_STORE), Serdes.String(), Serdes.Long()));
        addDealBook(builder);

        KStream<String, EnrichedArticle> enriched = builder
                .stream(t.articles.name(), Consumed.with(t.articles.keySerde(), t.articles.valueSerde())
                        .withName("articles-source"))
                .processValues(() -> new ArticleDeduplicator(s.dedupWindow(), s.metrics()), Named.as("dedup-articles"),
                        SEEN_ARTICLES_STORE)
                .processValues(() -> new EnrichmentProcessor(s.enricher(), entityIndex), Named.as("enrich-article"));

        enriched.to(t.enriched.name(), Produced.with(t.enriched.keySerde(), t.enriched.valueSerde())
                .withName("enriched-sink"));

        trackDeals(s, enriched
                .flatMap((articleId, article) -> DealReport.of(article), Named.as("deal-reports"))
                .repartition(Repartitioned.with(Serdes.String(), dealReportSerde())
                        .withName("deal-reports-by-party")));

        return builder.build();
    }

    /**
     * The deal-tracking part of {@link #build} alone: deal reports read from {@link #DEAL_REPORTS_TOPIC}
     * (keyed by {@link DealReport#partyKey}, with the serdes of the {@code deal-reports-by-party} repartition
     * topic, record time = the article's) into the same {@code track-deals} processor, {@code deal-book} store
     * and {@code deals} / {@code alerts} sinks, for tests of the deal tracking alone; piped the reports of the
     * same articles in the same order, it gives what {@link #build} gives. Pure, like {@link #build}.
     */
    public static Topology buildDealTracking(Settings s) {
        StreamsBuilder builder = new StreamsBuilder();
        addDealBook(builder);
        trackDeals(s, builder.stream(DEAL_REPORTS_TOPIC, Consumed.with(Serdes.String(), dealReportSerde())
                .withName("deal-reports-source")));
        return builder.build();
    }

    /** The value serde of the deal reports between the per-article part and the deal tracker (a new one). */
    public static Serde<DealReport> dealReportSerde() {
        return JsonSerde.of(DealReport.class);
    }

    private static void addDealBook(StreamsBuilder builder) {
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(DEAL_BOOK_STORE), Serdes.String(), JsonSerde.of(DealState.class)));
    }

    private static void trackDeals(Settings s, KStream<String, DealReport> reportsByParty) {
        Topics t = s.topics();
        KStream<String, DealChange> dealChanges = reportsByParty
                .process(() -> new DealTracker(s.dealMemory(), s.alertFloorUsd(), s.metrics()), Named.as("track-deals"),
                        DEAL_BOOK_STORE);

        dealChanges
                .mapValues(DealChange::deal, Named.as("deal-record"))
                .to(t.deals.name(), Produced.with(t.deals.keySerde(), t.deals.valueSerde()).withName("deals-sink"));

        dealChanges
                .filter((dealId, change) -> change.alert() != null, Named.as("alert-due"))
                .map((dealId, change) -> KeyValue.pair(change.alert().alertId(), change.alert()), Named.as("alert-record"))
                .to(t.alerts.name(), Produced.with(t.alerts.keySerde(), t.alerts.valueSerde()).withName("alerts-sink"));
    }
}

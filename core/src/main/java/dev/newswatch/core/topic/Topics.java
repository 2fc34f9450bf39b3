package dev.newswatch.core.topic;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.model.FeedCheckpoint;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.serde.JsonSerde;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The topic catalogue for one deployment: every topic with its full name ({@code prefix + alias}),
 * serdes, compaction and partition count. Build it once from configuration and pass it around.
 *
 * <p>Immutable and thread-safe.
 */
public final class Topics {

    /** The default prefix of every topic name. */
    public static final String DEFAULT_PREFIX = "newswatch.";
    /** The default partition count of the data topics (articles, enriched, deals, alerts...). */
    public static final int DEFAULT_PARTITIONS = 3;

    private final String prefix;
    private final Map<String, Topic<?, ?>> byAlias = new LinkedHashMap<>();

    public final Topic<String, FeedSpec> feeds;
    public final Topic<String, FeedCheckpoint> feedCheckpoints;
    public final Topic<String, FeedStatus> feedStatus;
    public final Topic<String, Article> articles;
    public final Topic<String, Entity> entities;
    public final Topic<String, EnrichedArticle> enriched;
    public final Topic<String, TrackedDeal> deals;
    public final Topic<String, Alert> alerts;
    public final Topic<String, Subscription> subscriptions;
    /** The delivery ledger: one record per (alert, subscription), latest state wins. */
    public final Topic<String, Delivery> deliveries;
    /** Deliveries that died (permanent failure or retries exhausted), with the reason in the record. */
    public final Topic<String, Delivery> alertsDlq;
    /** Poison records of the enrich stage: the original bytes, with the error in the record headers. */
    public final Topic<byte[], byte[]> enrichDlq;

    /**
     * @param prefix     prefix of every topic name, for example {@code newswatch.}; may be empty
     * @param partitions partitions per alias; aliases not listed get {@link #DEFAULT_PARTITIONS}
     */
    public Topics(String prefix, Map<String, Integer> partitions) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        Map<String, Integer> counts = partitions == null ? Map.of() : partitions;
        feeds = add("feeds", JsonSerde.of(FeedSpec.class), true, counts);
        feedCheckpoints = add("feed-checkpoints", JsonSerde.of(FeedCheckpoint.class), true,
                Map.of("feed-checkpoints", counts.getOrDefault("feeds", DEFAULT_PARTITIONS)));
        feedStatus = add("feed-status", JsonSerde.of(FeedStatus.class), true, counts);
        articles = add("articles", JsonSerde.of(Article.class), false, counts);
        entities = add("entities", JsonSerde.of(Entity.class), true, Map.of("entities", 1));
        enriched = add("enriched", JsonSerde.of(EnrichedArticle.class), false, counts);
        deals = add("deals", JsonSerde.of(TrackedDeal.class), true, counts);
        alerts = add("alerts", JsonSerde.of(Alert.class), false, counts);
        subscriptions = add("subscriptions", JsonSerde.of(Subscription.class), true, Map.of("subscriptions", 1));
        deliveries = add("deliveries", JsonSerde.of(Delivery.class), true, counts);
        alertsDlq = add("alerts-dlq", JsonSerde.of(Delivery.class), false, counts);
        enrichDlq = new Topic<>("enrich-dlq", prefix + "enrich-dlq", Serdes.ByteArray(), Serdes.ByteArray(), false,
                counts.getOrDefault("enrich-dlq", 1), Map.of("cleanup.policy", "delete", "retention.ms", "-1"));
        byAlias.put(enrichDlq.alias(), enrichDlq);
    }

    /** The catalogue with the default prefix and partition counts. */
    public static Topics defaults() {
        return new Topics(DEFAULT_PREFIX, Map.of());
    }

    public String prefix() {
        return prefix;
    }

    /** Every topic, in catalogue order. */
    public List<Topic<?, ?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(byAlias.values()));
    }

    /** The topic with this alias ({@code articles}) or full name ({@code newswatch.articles}). */
    public Optional<Topic<?, ?>> find(String aliasOrName) {
        Topic<?, ?> topic = byAlias.get(aliasOrName);
        if (topic != null) {
            return Optional.of(topic);
        }
        return byAlias.values().stream().filter(t -> t.name().equals(aliasOrName)).findFirst();
    }

    private <V> Topic<String, V> add(String alias, JsonSerde<V> valueSerde, boolean compacted,
                                     Map<String, Integer> counts) {
        int partitions = counts.getOrDefault(alias, DEFAULT_PARTITIONS);
        Map<String, String> configs = compacted
                ? Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000")
                // Event-time records may carry old timestamps: time-based retention would delete them at once,
                // and the history is what backtests replay. Operators may set a retention on their cluster.
                : Map.of("cleanup.policy", "delete", "retention.ms", "-1");
        Topic<String, V> topic = new Topic<>(alias, prefix + alias, Serdes.String(), valueSerde, compacted, partitions,
                configs);
        byAlias.put(alias, topic);
        return topic;
    }
}

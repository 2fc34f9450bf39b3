package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.deal.MoneyParser;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.enrich.topology.DealReport;
import dev.newswatch.enrich.topology.EnrichTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.streams.KeyValue;

/**
 * The per-article part of the enrich topology ({@link EnrichTopology#build}) as one function, for an article
 * whose id the {@code dedup-articles} step has not seen (there it only remembers the id): the article as the
 * {@code articles-source} reads it (a round trip through the articles topic's serde), enriched by the
 * production {@link ArticleEnricher} with the linker of the entity table as the {@code entities} GlobalKTable
 * holds it (each entity through the entities topic's serde, twice, the last of a repeated id winning, as in the
 * table), then split into deal reports keyed by party by {@link DealReport#of}, as the {@code deal-reports}
 * step does: what the topology writes to its {@code deal-reports-by-party} repartition topic.
 *
 * <p>Stateless per article: thread-safe, as the enricher and linker are immutable.
 */
final class ArticleStage {

    /**
     * What one article gives: its deal reports, in the topology's order; or the exception one of the steps threw
     * (then the list is empty). {@code article} is the one given.
     */
    record Outcome(Article article, List<KeyValue<String, DealReport>> reports, RuntimeException failure) {
        Outcome {
            Objects.requireNonNull(article, "article");
            reports = List.copyOf(reports);
        }
    }

    private final Topic<String, Article> articles;
    private final ArticleEnricher enricher;
    private final EntityLinker linker;
    private final MoneyParser money = new MoneyParser();
    private final boolean skipWithoutMoney;

    /**
     * @param topics   the topic catalogue (the serdes of the articles and entities topics)
     * @param enricher the rule set's enricher, the one the topology's settings hold
     * @param entities the entity table in the order it is piped into the topology
     */
    ArticleStage(Topics topics, ArticleEnricher enricher, List<Entity> entities) {
        this(topics, enricher, entities, true);
    }

    /**
     * @param skipWithoutMoney whether {@link #reports} skips enrichment for texts without an amount (the tests compare
     *                         with and without)
     */
    ArticleStage(Topics topics, ArticleEnricher enricher, List<Entity> entities, boolean skipWithoutMoney) {
        this.skipWithoutMoney = skipWithoutMoney;
        this.articles = topics.articles;
        this.enricher = Objects.requireNonNull(enricher, "enricher");
        this.linker = EntityLinker.of(asTableHoldsThem(topics.entities, entities));
    }

    /** The deal reports of {@code article}; never throws a RuntimeException, it returns it. */
    Outcome apply(Article article) {
        try {
            return new Outcome(article, reports(read(article)), null);
        } catch (RuntimeException e) {
            return new Outcome(article, List.of(), e);
        }
    }

    /**
     * What the {@code enrich-article} and {@code deal-reports} steps give for an article they read: its deal reports.
     * An article whose text has no amount of money has none: the deal extractor returns no deal for such a text
     * ({@link dev.newswatch.enrich.deal.DealExtractor#extract} stops when the {@link MoneyParser} finds no amount in
     * the same text and language), so its enrichment is skipped. Most articles have no amount; the money parser
     * alone costs a small part of enrichment.
     */
    List<KeyValue<String, DealReport>> reports(Article read) {
        if (skipWithoutMoney && !hasMoney(read)) {
            return List.of();
        }
        return DealReport.of(enrich(read));
    }

    /**
     * Whether {@code article}'s text has an amount of money, as the deal extractor reads it: false means it reports
     * no deal. The same before and after the articles serde, which keeps every field.
     */
    boolean hasMoney(Article article) {
        return !money.find(ArticleEnricher.textOf(article), article.language()).isEmpty();
    }

    /** Whether this stage skips enrichment for articles without money. */
    boolean skipsWithoutMoney() {
        return skipWithoutMoney;
    }

    /** {@code article} as the {@code articles-source} step reads it: through the articles topic's serde. */
    Article read(Article article) {
        return roundTrip(articles, article);
    }

    /** What the {@code enrich-article} step gives for an article it reads. */
    EnrichedArticle enrich(Article read) {
        return enricher.enrich(read, linker, linker::entity);
    }

    /**
     * The entities as the table's reads return them: each one through the topic's serde twice, once on the topic
     * (the table's source reads it) and once in the table's store (written, then read at each lookup).
     */
    private static List<Entity> asTableHoldsThem(Topic<String, Entity> topic, List<Entity> entities) {
        List<Entity> read = new ArrayList<>(entities.size());
        for (Entity entity : entities) {
            read.add(roundTrip(topic, roundTrip(topic, entity)));
        }
        return read;
    }

    private static <V> V roundTrip(Topic<String, V> topic, V value) {
        byte[] bytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        return topic.valueSerde().deserializer().deserialize(topic.name(), bytes);
    }
}

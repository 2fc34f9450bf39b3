package dev.newswatch.app.wiring;

import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.metrics.PipelineMetrics;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.EnrichRunner;
import dev.newswatch.enrich.EntityRegistry;
import dev.newswatch.enrich.deal.DealBackstop;
import dev.newswatch.enrich.deal.DealExtractor;
import dev.newswatch.enrich.deal.UsdRates;
import dev.newswatch.enrich.link.EntityCatalog;
import dev.newswatch.enrich.tag.CategoryTagger;
import dev.newswatch.enrich.tag.Taxonomy;
import dev.newswatch.enrich.topology.EnrichTopology;
import java.nio.file.Path;
import java.util.List;

/** Builds the enrich stage's objects from configuration. */
public final class EnrichWiring {

    private EnrichWiring() {
    }

    /** The enrichment function with the configured taxonomy and currency rates. */
    public static ArticleEnricher enricher(EnrichSettings s) {
        return enricher(s, s.taxonomyFile());
    }

    public static ArticleEnricher enricher(EnrichSettings s, Path taxonomyFile) {
        return enricher(s, taxonomyFile, s.learnedBackstop() ? DealBackstop.bundled() : DealBackstop.none());
    }

    /** The enrichment function with {@code backstop} after the deal rules (a recording one for training). */
    public static ArticleEnricher enricher(EnrichSettings s, Path taxonomyFile, DealBackstop backstop) {
        Taxonomy taxonomy = Taxonomy.load(taxonomyFile);
        UsdRates rates = UsdRates.defaults().withOverrides(s.usdRates());
        return new ArticleEnricher(new CategoryTagger(taxonomy), new DealExtractor(rates, backstop));
    }

    /**
     * The entity table: {@code path} is one entity file, or a directory whose {@code *.yml} files are read in
     * file-name order (see {@link EntityCatalog#load(Path)}).
     *
     * @throws dev.newswatch.core.config.ConfigException naming the file, entry and reason when it is invalid
     */
    public static List<Entity> entities(Path path) {
        return EntityCatalog.load(path);
    }

    public static EnrichTopology.Settings topologySettings(NewswatchConfig config) {
        return topologySettings(config, PipelineMetrics.NONE);
    }

    public static EnrichTopology.Settings topologySettings(NewswatchConfig config, PipelineMetrics metrics) {
        EnrichSettings s = config.enrich();
        return new EnrichTopology.Settings(config.topics(), enricher(s), s.alertFloorUsd(), s.dedupWindow(), s.dealMemory(),
                metrics);
    }

    /** Seeds the entity table and starts the Streams application. */
    public static EnrichRunner start(NewswatchConfig config, KafkaClients clients, String applicationId) {
        return start(config, clients, applicationId, PipelineMetrics.NONE);
    }

    /** Seeds the entity table and starts the Streams application, counting on {@code metrics}. */
    public static EnrichRunner start(NewswatchConfig config, KafkaClients clients, String applicationId,
                                     PipelineMetrics metrics) {
        List<Entity> entities = entities(config.enrich().entitiesFile());
        new EntityRegistry(config.topics(), clients).seed(entities);
        return new EnrichRunner(EnrichTopology.build(topologySettings(config, metrics)), clients, applicationId,
                config.dataDir().resolve("streams"), config.topics().enrichDlq.name(), config.enrich().commitInterval())
                .metrics(metrics)
                .start();
    }
}

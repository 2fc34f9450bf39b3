package dev.newswatch.app.cli;

import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.deal.DealBackstop;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that run the enrichment on files, without Kafka ({@code analyze}, {@code eval},
 * {@code features}): where the configuration is, and an entity file and a taxonomy that replace the configured ones.
 */
public final class EnrichInputs {

    @Mixin
    ConfigOption config;

    @Option(names = "--entities", paramLabel = "PATH", description = "Entity file or directory of *.yml files (default: enrich.entities of the config).")
    Path entitiesFile;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Taxonomy file (default: enrich.taxonomy of the config).")
    Path taxonomyFile;

    /** The enrich settings of the configuration. */
    public EnrichSettings settings() {
        return config.enrichSettings();
    }

    /** The enricher of these settings, with the taxonomy of {@code --taxonomy} when given. */
    public ArticleEnricher enricher(EnrichSettings settings) {
        return EnrichWiring.enricher(settings, taxonomy(settings));
    }

    /** As {@link #enricher(EnrichSettings)}, with this backstop after the deal rules. */
    public ArticleEnricher enricher(EnrichSettings settings, DealBackstop backstop) {
        return EnrichWiring.enricher(settings, taxonomy(settings), backstop);
    }

    /** The entities of {@code --entities} when given, else of the configuration. */
    public List<Entity> entities(EnrichSettings settings) {
        return EnrichWiring.entities(entitiesFile != null ? entitiesFile : settings.entitiesFile());
    }

    private Path taxonomy(EnrichSettings settings) {
        return taxonomyFile != null ? taxonomyFile : settings.taxonomyFile();
    }
}

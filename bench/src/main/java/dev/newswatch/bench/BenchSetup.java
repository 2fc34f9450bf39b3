package dev.newswatch.bench;

import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.bench.corpus.NewsCorpus;
import dev.newswatch.bench.corpus.SyntheticEntities;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Entity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every benchmark starts from: the configuration directory (system property {@code newswatch.config},
 * default {@code config} under the working directory), its entity file, the 10,000 synthetic entities and the
 * 50-article corpus. Stateless; every call reads the files again.
 */
public final class BenchSetup {

    /** System property naming the configuration directory. */
    public static final String CONFIG_PROPERTY = "newswatch.config";
    /** System property naming the seed article (default {@link NewsCorpus#SEED_ARTICLE}). */
    public static final String SEED_ARTICLE_PROPERTY = "newswatch.bench.seed-article";
    /** Articles in the JMH corpus; JMH needs it as a constant for {@code @OperationsPerInvocation}. */
    public static final int CORPUS_SIZE = 50;
    /** Size range of the corpus articles, in bytes of UTF-8 text (title and body). */
    public static final int MIN_BYTES = 2000;
    public static final int MAX_BYTES = 5000;
    /** Synthetic entities added to the default ones in the "large table" runs. */
    public static final int SYNTHETIC_ENTITIES = 10_000;
    /** Seed of the synthetic entities. */
    public static final long ENTITY_SEED = 42L;

    private BenchSetup() {
    }

    public static Path configDir() {
        return Path.of(System.getProperty(CONFIG_PROPERTY, "config")).toAbsolutePath().normalize();
    }

    public static NewswatchConfig config() {
        return ConfigLoader.load(configDir());
    }

    /** The entities of the configured entity file. */
    public static List<Entity> defaultEntities(NewswatchConfig config) {
        return EnrichWiring.entities(config.enrich().entitiesFile());
    }

    /** The default entities followed by {@link #SYNTHETIC_ENTITIES} made-up ones. */
    public static List<Entity> withSynthetic(List<Entity> defaults) {
        List<Entity> all = new ArrayList<>(defaults);
        all.addAll(SyntheticEntities.generate(SYNTHETIC_ENTITIES, ENTITY_SEED, defaults));
        return all;
    }

    /** The JMH corpus: the seed article when readable, then generated articles, {@link #CORPUS_SIZE} in all. */
    public static List<Article> corpus(List<Entity> defaults) {
        Path seed = Path.of(System.getProperty(SEED_ARTICLE_PROPERTY, NewsCorpus.SEED_ARTICLE.toString()));
        return new NewsCorpus(defaults, NewsCorpus.DEFAULT_SEED).standard(CORPUS_SIZE, MIN_BYTES, MAX_BYTES, seed);
    }
}

package dev.newswatch.bench;

import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.link.EntityLinker;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of the enrichment function, {@link ArticleEnricher#enrich} (categories, entity linking, deal
 * extraction and the join of mentions to entity records), on one thread over the 50-article corpus of
 * {@link BenchSetup#corpus}, with the default entity table and with 10,000 synthetic entities added; beside it
 * {@link #plainCharLoop}, which counts the letters of the same texts, as the floor of what reading the text
 * costs. One operation is one article (each invocation runs the whole corpus). Run it with
 * {@code bench/enrich-jmh.sh}, which also prints MB/s and the ratios ({@link JmhSummary}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EnrichBenchmark {

    /** The articles and the exact text enrichment reads from each. */
    @State(Scope.Benchmark)
    public static class Corpus {

        Article[] articles;
        String[] texts;

        @Setup(Level.Trial)
        public void load() {
            NewswatchConfig config = BenchSetup.config();
            List<Article> corpus = BenchSetup.corpus(BenchSetup.defaultEntities(config));
            if (corpus.size() != BenchSetup.CORPUS_SIZE) {
                throw new IllegalStateException("the corpus has " + corpus.size() + " articles, expected "
                        + BenchSetup.CORPUS_SIZE);
            }
            articles = corpus.toArray(Article[]::new);
            texts = corpus.stream().map(ArticleEnricher::textOf).toArray(String[]::new);
        }
    }

    /** The enricher of the configured taxonomy and rates, and the entity table it links against. */
    @State(Scope.Benchmark)
    public static class Enrichment {

        /** {@code default}: config/entities/; {@code default+10k}: plus 10,000 synthetic entities. */
        @Param({"default", "default+10k"})
        public String entities;

        ArticleEnricher enricher;
        EntityLinker linker;
        Function<String, Optional<Entity>> lookup;

        @Setup(Level.Trial)
        public void build() {
            NewswatchConfig config = BenchSetup.config();
            List<Entity> defaults = BenchSetup.defaultEntities(config);
            List<Entity> table = switch (entities) {
                case "default" -> defaults;
                case "default+10k" -> BenchSetup.withSynthetic(defaults);
                default -> throw new IllegalArgumentException("unknown entity set '" + entities
                        + "', expected default or default+10k");
            };
            enricher = EnrichWiring.enricher(config.enrich());
            linker = EntityLinker.of(table);
            // The topology joins mentions to the in-memory GlobalKTable; a map lookup is the same order of cost.
            lookup = linker::entity;
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchSetup.CORPUS_SIZE)
    public void enrich(Corpus corpus, Enrichment enrichment, Blackhole blackhole) {
        for (Article article : corpus.articles) {
            blackhole.consume(enrichment.enricher.enrich(article, enrichment.linker, enrichment.lookup));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchSetup.CORPUS_SIZE)
    public int plainCharLoop(Corpus corpus) {
        int letters = 0;
        for (String text : corpus.texts) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isLetter(text.charAt(i))) {
                    letters++;
                }
            }
        }
        return letters;
    }
}

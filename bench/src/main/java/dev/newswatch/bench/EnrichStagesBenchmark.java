package dev.newswatch.bench;

import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.deal.DealExtractor;
import dev.newswatch.enrich.deal.UsdRates;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.enrich.tag.CategoryTagger;
import dev.newswatch.enrich.tag.Taxonomy;
import dev.newswatch.enrich.text.NormalizedText;
import dev.newswatch.enrich.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Where the time of {@link EnrichBenchmark#enrich} goes: each step of {@code ArticleEnricher.enrich} alone, on the
 * same corpus, one article per operation: normalising the text, tagging categories, linking entities (default
 * table and with 10,000 synthetic entities) and extracting deals (with the mentions found beforehand). Not run
 * by default; {@code BENCH=EnrichStagesBenchmark bench/enrich-jmh.sh}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EnrichStagesBenchmark {

    /** The corpus normalised once, with the taxonomy tagger and the deal extractor of the configuration. */
    @State(Scope.Benchmark)
    public static class Steps {

        NormalizedText[] normalized;
        String[] languages;
        CategoryTagger tagger;
        DealExtractor extractor;
        List<List<EntityMention>> mentions;

        @Setup(Level.Trial)
        public void build(EnrichBenchmark.Corpus corpus) {
            NewswatchConfig config = BenchSetup.config();
            tagger = new CategoryTagger(Taxonomy.load(config.enrich().taxonomyFile()));
            extractor = new DealExtractor(UsdRates.defaults().withOverrides(config.enrich().usdRates()));
            EntityLinker linker = EntityLinker.of(BenchSetup.defaultEntities(config));
            normalized = new NormalizedText[corpus.texts.length];
            languages = new String[corpus.texts.length];
            mentions = new ArrayList<>();
            for (int i = 0; i < corpus.texts.length; i++) {
                normalized[i] = TextNormalizer.normalize(corpus.texts[i]);
                languages[i] = corpus.articles[i].language();
                mentions.add(linker.link(normalized[i]));
            }
        }
    }

    /** The entity linker of one table. */
    @State(Scope.Benchmark)
    public static class Linker {

        /** {@code default}: config/entities/; {@code default+10k}: plus 10,000 synthetic entities. */
        @Param({"default", "default+10k"})
        public String entities;

        EntityLinker linker;

        @Setup(Level.Trial)
        public void build() {
            List<Entity> defaults = BenchSetup.defaultEntities(BenchSetup.config());
            linker = EntityLinker.of("default".equals(entities) ? defaults : BenchSetup.withSynthetic(defaults));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchSetup.CORPUS_SIZE)
    public void normalize(EnrichBenchmark.Corpus corpus, Blackhole blackhole) {
        for (String text : corpus.texts) {
            blackhole.consume(TextNormalizer.normalize(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchSetup.CORPUS_SIZE)
    public void tag(Steps steps, Blackhole blackhole) {
        for (NormalizedText text : steps.normalized) {
            blackhole.consume(steps.tagger.tag(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchSetup.CORPUS_SIZE)
    public void link(Steps steps, Linker linker, Blackhole blackhole) {
        for (NormalizedText text : steps.normalized) {
            blackhole.consume(linker.linker.link(text));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BenchSetup.CORPUS_SIZE)
    public void extract(EnrichBenchmark.Corpus corpus, Steps steps, Blackhole blackhole) {
        for (int i = 0; i < corpus.texts.length; i++) {
            blackhole.consume(steps.extractor.extract(corpus.texts[i], steps.languages[i], steps.mentions.get(i)));
        }
    }
}

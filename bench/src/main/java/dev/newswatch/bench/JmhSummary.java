package dev.newswatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.link.EntityLinker;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH JSON result file of {@link EnrichBenchmark} into the table of {@code docs/PERFORMANCE.md}:
 * articles per second on one core, MB/s of text (10^6 bytes of UTF-8, title and body) and the ratio to the
 * plain character loop. It first describes the corpus (sizes, languages, what enrichment finds in it). With
 * {@code --cpu-seconds N} it also times the same work in CPU seconds of its own thread ({@link CpuTimeProbe}),
 * which stays meaningful on a machine shared with other work. Usage:
 * {@code JmhSummary results.json [--cpu-seconds N]}.
 */
public final class JmhSummary {

    private static final String CHAR_LOOP = "plainCharLoop";

    private JmhSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && !(args.length == 3 && "--cpu-seconds".equals(args[1]))) {
            System.err.println("usage: JmhSummary <jmh-results.json> [--cpu-seconds N]");
            System.exit(2);
        }
        double cpuSeconds = args.length == 3 ? Double.parseDouble(args[2]) : 0;
        NewswatchConfig config = BenchSetup.config();
        List<Entity> defaults = BenchSetup.defaultEntities(config);
        List<Article> corpus = BenchSetup.corpus(defaults);
        double meanBytes = describe(corpus, config, defaults);
        Map<String, Double> perCpuSecond = cpuSeconds > 0 ? cpuRates(config, defaults, corpus, cpuSeconds) : Map.of();

        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        List<Row> rows = new ArrayList<>();
        double charLoop = Double.NaN;
        for (JsonNode result : results) {
            String method = result.get("benchmark").asText().replaceAll(".*\\.", "");
            JsonNode params = result.get("params");
            String entities = params != null && params.has("entities") ? params.get("entities").asText() : "-";
            JsonNode metric = result.get("primaryMetric");
            Row row = new Row(method, entities, metric.get("score").asDouble(), metric.get("scoreError").asDouble());
            rows.add(row);
            if (CHAR_LOOP.equals(method)) {
                charLoop = row.perSecond;
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-14s | %-12s | %22s | %9s | %22s |%n", "benchmark", "entities",
                "articles/s (1 thread)", "MB/s", "ratio to plainCharLoop");
        System.out.println("|----------------|--------------|------------------------|-----------|------------------------|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %-14s | %-12s | %12.0f ± %7.0f | %9.1f | %22s |%n", row.method, row.entities,
                    row.perSecond, row.error, row.perSecond * meanBytes / 1e6,
                    Double.isNaN(charLoop) ? "-" : String.format(Locale.ROOT, "%.4f", row.perSecond / charLoop));
        }
        if (!perCpuSecond.isEmpty()) {
            printCpuTable(perCpuSecond, meanBytes, cpuSeconds);
        }
    }

    /** The same work timed in CPU seconds of this thread (see {@link CpuTimeProbe}). */
    private static Map<String, Double> cpuRates(NewswatchConfig config, List<Entity> defaults, List<Article> corpus,
                                                double cpuSeconds) {
        ArticleEnricher enricher = EnrichWiring.enricher(config.enrich());
        String[] texts = corpus.stream().map(ArticleEnricher::textOf).toArray(String[]::new);
        CpuTimeProbe probe = new CpuTimeProbe(2 * cpuSeconds, cpuSeconds);
        Map<String, Double> rates = new LinkedHashMap<>();
        Map<String, List<Entity>> tables = new LinkedHashMap<>();
        tables.put("default", defaults);
        tables.put("default+10k", BenchSetup.withSynthetic(defaults));
        for (Map.Entry<String, List<Entity>> table : tables.entrySet()) {
            EntityLinker linker = EntityLinker.of(table.getValue());
            rates.put("enrich " + table.getKey(), probe.articlesPerCpuSecond(() -> {
                long found = 0;
                for (Article article : corpus) {
                    found += enricher.enrich(article, linker, linker::entity).mentions().size();
                }
                return found;
            }, corpus.size()));
        }
        rates.put(CHAR_LOOP, probe.articlesPerCpuSecond(() -> {
            long letters = 0;
            for (String text : texts) {
                for (int i = 0; i < text.length(); i++) {
                    if (Character.isLetter(text.charAt(i))) {
                        letters++;
                    }
                }
            }
            return letters;
        }, corpus.size()));
        return rates;
    }

    private static void printCpuTable(Map<String, Double> rates, double meanBytes, double cpuSeconds) {
        double charLoop = rates.get(CHAR_LOOP);
        System.out.println();
        System.out.printf(Locale.ROOT, "Per CPU-second of the measuring thread (%.0f s warm-up, %.0f s measured, "
                + "in this JVM, not JMH):%n", 2 * cpuSeconds, cpuSeconds);
        System.out.printf(Locale.ROOT, "| %-26s | %18s | %9s | %22s |%n", "work", "articles/CPU-s", "MB/CPU-s",
                "ratio to plainCharLoop");
        System.out.println("|----------------------------|--------------------|-----------|------------------------|");
        rates.forEach((work, rate) -> System.out.printf(Locale.ROOT, "| %-26s | %18.0f | %9.1f | %22.4f |%n", work, rate,
                rate * meanBytes / 1e6, rate / charLoop));
    }

    /** Prints the corpus and returns its mean size in bytes. */
    private static double describe(List<Article> corpus, NewswatchConfig config, List<Entity> defaults) {
        ArticleEnricher enricher = EnrichWiring.enricher(config.enrich());
        EntityLinker linker = EntityLinker.of(defaults);
        BigDecimal floor = config.enrich().alertFloorUsd();
        Map<String, Integer> languages = new TreeMap<>();
        long total = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        int withMentions = 0;
        int withDeals = 0;
        int aboveFloor = 0;
        int deals = 0;
        for (Article article : corpus) {
            int bytes = ArticleEnricher.textOf(article).getBytes(StandardCharsets.UTF_8).length;
            total += bytes;
            min = Math.min(min, bytes);
            max = Math.max(max, bytes);
            languages.merge(article.language(), 1, Integer::sum);
            EnrichedArticle enriched = enricher.enrich(article, linker, linker::entity);
            withMentions += enriched.mentions().isEmpty() ? 0 : 1;
            withDeals += enriched.deals().isEmpty() ? 0 : 1;
            deals += enriched.deals().size();
            boolean above = false;
            for (Deal deal : enriched.deals()) {
                above |= deal.amountUsd() != null && deal.amountUsd().compareTo(floor) >= 0;
            }
            aboveFloor += above ? 1 : 0;
        }
        double mean = (double) total / corpus.size();
        System.out.printf(Locale.ROOT, "corpus: %d articles %s, %d to %d bytes of text (mean %.0f), %.2f MB in all%n",
                corpus.size(), languages, min, max, mean, total / 1e6);
        System.out.printf(Locale.ROOT, "enrichment finds: entity mentions in %d articles, %d deals in %d articles, "
                + "%d articles with a deal of at least $%s%n", withMentions, deals, withDeals, aboveFloor,
                floor.toPlainString());
        return mean;
    }

    /** One JMH result: operations (articles) per second and the 99.9% error. */
    private record Row(String method, String entities, double perSecond, double error) {
    }
}

package dev.newswatch.app.cli;

import dev.newswatch.core.config.EnrichSettings;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.deal.DealEvaluation;
import dev.newswatch.enrich.deal.Detection;
import dev.newswatch.enrich.deal.EvaluationReport;
import dev.newswatch.enrich.deal.LabelledItem;
import dev.newswatch.enrich.link.EntityLinker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch eval}: scores the full enrichment on a labelled set (the JSONL format of
 * {@code deals_dev.jsonl}): deal recall and precision, category recall, and every miss and false positive.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score deal extraction and tagging on a labelled set.",
                "The set is JSON Lines in the format of deals_dev.jsonl. Prints recall, precision, category recall,",
                "and every miss and false positive with its text."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--labels", required = true, paramLabel = "FILE", description = "Labelled JSONL file.")
    Path labels;

    @Mixin
    EnrichInputs inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        EnrichSettings settings = inputs.settings();
        ArticleEnricher enricher = inputs.enricher(settings);
        List<Entity> entities = inputs.entities(settings);
        EntityLinker linker = EntityLinker.of(entities);
        List<LabelledItem> items = InputException.reading(labels, () -> DealEvaluation.readLabels(labels));
        EvaluationReport report = new DealEvaluation(entities).evaluate(items, item -> {
            EnrichedArticle e = enricher.enrich(AnalyzeCommand.article(item.id(), item.title(), item.text(),
                    item.language(), null, null), linker, linker::entity);
            return new Detection(e.deals(), e.categoryNames());
        });
        int expectedCategories = 0;
        int foundCategories = 0;
        StringBuilder categoryMisses = new StringBuilder();
        for (EvaluationReport.ItemOutcome outcome : report.items()) {
            for (String category : outcome.item().categories()) {
                expectedCategories++;
                if (outcome.detection().categories().contains(category)) {
                    foundCategories++;
                } else {
                    categoryMisses.append(String.format(Locale.ROOT, "CATEGORY MISS %s: %s (tagged %s)%n",
                            outcome.item().id(), category, outcome.detection().categories()));
                }
            }
        }
        double categoryRecall = expectedCategories == 0 ? 1.0 : (double) foundCategories / expectedCategories;
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d items from %s, %d entities%n", items.size(), labels, entities.size());
        out.print(report.describe());
        out.print(categoryMisses);
        Map<String, EvaluationReport> byLanguage = report.byLanguage();
        if (byLanguage.size() > 1) {
            byLanguage.forEach((language, r) -> out.printf(Locale.ROOT, "%s (%d items): %s%n", language,
                    r.items().size(), r.figures()));
        }
        out.printf(Locale.ROOT, "large-detection precision %.3f (%d/%d)  main deal %.3f (%d/%d)%n",
                report.largePrecision(), report.largeMatched(), report.largeDetected(), report.mainRecall(),
                report.mainFound(), report.mainExpected());
        out.printf(Locale.ROOT, "recall %.3f  precision %.3f  category recall %.3f (%d/%d)%n", report.recall(),
                report.precision(), categoryRecall, foundCategories, expectedCategories);
        return ExitCodes.OK;
    }
}

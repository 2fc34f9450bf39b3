package dev.newswatch.app.cli;

import dev.newswatch.app.backtest.AlertLine;
import dev.newswatch.app.backtest.AlertOutcome;
import dev.newswatch.app.backtest.ArchiveReader;
import dev.newswatch.app.backtest.ArticlesTopicReader;
import dev.newswatch.app.backtest.BacktestEngine;
import dev.newswatch.app.backtest.BacktestReport;
import dev.newswatch.app.backtest.BacktestResult;
import dev.newswatch.app.backtest.History;
import dev.newswatch.app.backtest.HtmlReport;
import dev.newswatch.app.backtest.JsonReport;
import dev.newswatch.app.backtest.LabelScore;
import dev.newswatch.app.backtest.LabelScorer;
import dev.newswatch.app.backtest.Progress;
import dev.newswatch.app.backtest.ProgressBar;
import dev.newswatch.app.backtest.RuleComparison;
import dev.newswatch.app.backtest.SpilledHistory;
import dev.newswatch.app.backtest.TimeWindow;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.enrich.deal.LabelReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch backtest}: which alerts would a rule set have raised over a history? Runs an archive (or
 * the articles topic) through the real ingest normalisation, the production enrich topology and the alert
 * rules, without a broker, and writes OUT.json and OUT.html; optionally scores the alerts against labels and
 * compares with another rule set.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Replay a feed archive (or the articles topic) through the real ingest",
                "normalisation, enrichment and alert rules, in event-time order, without a",
                "broker. Writes OUT.json and OUT.html; --labels scores the alerts, --compare",
                "reports the alerts another rule set gains and loses."})
public final class BacktestCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--from", paramLabel = "T", description = "Only articles published at or after T (ISO instant or date).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "Only articles published before T (ISO instant; a date includes that whole day).")
    String to;

    @Option(names = "--labels", paramLabel = "FILE", description = "Labelled JSONL (format of deals_dev.jsonl): recall and precision of the alerts.")
    Path labels;

    @Option(names = "--report", paramLabel = "OUT", defaultValue = "backtest-report",
            description = "Write OUT.json and OUT.html (default: ${DEFAULT-VALUE}).")
    String report;

    @Option(names = "--compare", paramLabel = "OTHER_CONFIG_DIR", description = "Also run this rule set and report the alerts gained and lost.")
    Path compare;

    @Option(names = "--progress", description = "Draw the progress bar on stderr even when it is no terminal.")
    boolean progress;

    @Option(names = "--no-progress", description = "No progress bar (by default it shows only on a terminal).")
    boolean noProgress;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    /** How long reading the history took, for the summary line. */
    private double readSeconds;

    /** Where the history comes from: an archive directory or the articles topic. */
    static final class Input {
        @Option(names = "--archive", paramLabel = "DIR", required = true,
                description = "Archive directory: <feed-id>/<fetch time, ':' as '-'>.xml[.gz], as ingest.archive-dir writes it.")
        Path archive;

        @Option(names = "--topic", paramLabel = "TOPIC", required = true,
                description = "Read this topic from the beginning instead (only 'articles'; uses --bootstrap-servers).")
        String topic;
    }

    @Override
    public Integer call() {
        NewswatchConfig config = kafka.load();
        TimeWindow window = ExitCodes.usageError(spec, () -> TimeWindow.parse(from, to));
        if (input.archive != null) {
            String source = "archive " + input.archive;
            // A missing archive is an input error, reported before the rule set is loaded.
            InputException.reading(input.archive, () -> ArchiveReader.requireDirectory(input.archive));
            BacktestEngine engine = new BacktestEngine(config);
            long start = System.nanoTime();
            // An archive can hold millions of articles: they go to sorted runs on disk, not to the heap. Labels are
            // matched against every article, so with --labels every article is kept whole.
            Predicate<Article> keep = labels != null ? article -> true : engine.needsBytes();
            try (SpilledHistory history = InputException.reading(input.archive, () -> new ArchiveReader(config)
                    .spill(input.archive, config.topics().articles, window, keep, progress("documents")))) {
                readSeconds = (System.nanoTime() - start) / 1e9;
                return backtest(config, engine, source, window, history.documents(), history.articles(),
                        history.duplicates(),
                        history.inWindow(), history.problems(),
                        e -> e.run(history, progress("articles")),
                        labelled -> history.matching(LabelScorer.matchingAny(labelled)));
            }
        }
        Topic<String, Article> articles = config.topics().articles;
        if (!input.topic.equals(articles.alias()) && !input.topic.equals(articles.name())) {
            throw new ParameterException(spec.commandLine(), "only the articles topic can be backtested (--topic "
                    + articles.alias() + "), not '" + input.topic + "'");
        }
        String bootstrap = kafka.clientBootstrap(config);
        String source = "topic " + articles.name() + " at " + bootstrap;
        long start = System.nanoTime();
        History history = ArticlesTopicReader.read(KafkaClients.of(config.kafka(), bootstrap), articles,
                progress("records"));
        List<Article> inWindow = history.within(window);
        readSeconds = (System.nanoTime() - start) / 1e9;
        return backtest(config, new BacktestEngine(config), source, window, history.documents(), history.articles().size(),
                history.duplicates(),
                inWindow.size(), history.problems(), e -> e.run(inWindow, progress("articles")),
                labelled -> inWindow);
    }

    private int backtest(NewswatchConfig config, BacktestEngine engine, String source, TimeWindow window, int documents, int distinct,
                         int duplicates, int inWindow, List<String> problems,
                         Function<BacktestEngine, BacktestResult> run,
                         Function<List<LabelReader.Label>, List<Article>> labelledArticles) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Read %d %s of %s: %d articles (%d repeated sightings dropped), %d in the window, in"
                        + " %.1f s.%n", documents, input.archive != null ? "documents" : "records", source, distinct,
                duplicates, inWindow, readSeconds);
        problems.forEach(p -> spec.commandLine().getErr().println("newswatch: skipped " + p));

        BacktestResult result = timed(engine, run, out);
        printAlerts(out, result.alerts(), "");
        LabelScore score = null;
        if (labels != null) {
            List<LabelReader.Label> labelled = InputException.reading(labels, () -> LabelScorer.read(labels));
            score = LabelScorer.score(labelled, labelledArticles.apply(labelled), result, engine.entities());
            out.printf(Locale.ROOT, "Labels: recall %.3f (%d/%d), precision %.3f; %d misses, %d false positives, "
                            + "%d labelled items not in the history.%n", score.recall(), score.found(), score.expected(),
                    score.precision(), score.misses().size(), score.falsePositives().size(), score.unmatched().size());
        }
        RuleComparison comparison = null;
        if (compare != null) {
            BacktestResult other = timed(new BacktestEngine(ConfigLoader.load(compare)), run, out);
            comparison = RuleComparison.of(result, other);
            out.printf(Locale.ROOT, "Compared with %s: %d gained, %d lost.%n", other.rules().configDir(),
                    comparison.gained().size(), comparison.lost().size());
            printAlerts(out, comparison.gained(), "+ ");
            printAlerts(out, comparison.lost(), "- ");
        }
        BacktestReport full = new BacktestReport(source, window, documents, duplicates, problems, result, score,
                comparison);
        Path json = outputFile(".json");
        Path html = outputFile(".html");
        try {
            JsonReport.write(full, json);
            HtmlReport.write(full, html);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report " + json + " / " + html, e);
        }
        out.printf("Report: %s, %s%n", json, html);
        out.flush();
        return ExitCodes.OK;
    }

    private static BacktestResult timed(BacktestEngine engine, Function<BacktestEngine, BacktestResult> run,
                                        PrintWriter out) {
        long start = System.nanoTime();
        BacktestResult result = run.apply(engine);
        double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
        // On a small history the time is the topology's start-up; a rate would only mislead.
        String rate = result.articles() < 1000 ? "" : String.format(Locale.ROOT, ", %.0f articles/s",
                result.articles() / seconds);
        out.printf(Locale.ROOT, "Rules of %s: %d articles, %d deals, %d alerts in %.1f s%s.%n",
                result.rules().configDir(), result.articles(), result.deals().size(), result.alerts().size(), seconds,
                rate);
        return result;
    }

    private static void printAlerts(PrintWriter out, List<AlertOutcome> alerts, String prefix) {
        for (AlertOutcome a : alerts) {
            out.println("  " + prefix + AlertLine.of(a.alert(), a.latest().sources().size())
                    + (a.subscriptions().isEmpty() ? "" : "  → " + String.join(", ", a.subscriptions())));
        }
    }

    private Progress progress(String unit) {
        if (noProgress) {
            return Progress.NONE;
        }
        return progress ? new ProgressBar(spec.commandLine().getErr(), unit, System::nanoTime)
                : ProgressBar.onStderr(unit);
    }

    private Path outputFile(String extension) {
        String base = report.endsWith(".json") || report.endsWith(".html")
                ? report.substring(0, report.length() - 5) : report;
        return Path.of(base + extension);
    }
}

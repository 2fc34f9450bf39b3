package dev.newswatch.app.backtest;

import java.util.List;
import java.util.Objects;

/**
 * Everything a backtest report shows.
 *
 * @param source     what was replayed, for people ("archive config/demo/archive", "topic newswatch.articles")
 * @param window     the event-time window applied
 * @param documents  archive documents (or topic records) read
 * @param duplicates repeated sightings of an article dropped
 * @param problems   documents that could not be read, one line each
 * @param result     the run of the rule set
 * @param labels     the score against labels, or null without {@code --labels}
 * @param comparison the comparison with another rule set, or null without {@code --compare}
 */
public record BacktestReport(String source, TimeWindow window, int documents, int duplicates, List<String> problems,
                             BacktestResult result, LabelScore labels, RuleComparison comparison) {

    public BacktestReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(window, "window");
        problems = List.copyOf(problems);
        Objects.requireNonNull(result, "result");
    }
}

package dev.newswatch.app.backtest;

import dev.newswatch.core.model.TrackedDeal;
import java.util.List;
import java.util.Objects;

/**
 * What one rule set made of one history.
 *
 * @param rules       the rule set
 * @param articles    articles piped through the topology
 * @param enriched    records in the enriched topic (fewer than {@code articles} only when some were dropped)
 * @param deadLetters records sent to the enrich dead-letter topic
 * @param deals       every tracked deal in its last version, by first sighting
 * @param alerts      every alert, in the order raised, with the subscriptions each would reach
 * @param byDay       alerts and articles per UTC day, every day from the first to the last
 */
public record BacktestResult(RuleSet rules, int articles, int enriched, int deadLetters, List<TrackedDeal> deals,
                             List<AlertOutcome> alerts, List<DayCount> byDay) {

    public BacktestResult {
        Objects.requireNonNull(rules, "rules");
        deals = List.copyOf(deals);
        alerts = List.copyOf(alerts);
        byDay = List.copyOf(byDay);
    }
}

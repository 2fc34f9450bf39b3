package dev.newswatch.app.backtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two rule sets over the same history: the alerts the other rule set raises that the base does not
 * ({@code gained}) and those it no longer raises ({@code lost}). Alerts are compared by deal
 * ({@link DealKey}: investor, target, type, USD amount), so a deal alerted twice (new, then update) counts
 * once; each list holds the first alert of each such deal. Immutable.
 */
public record RuleComparison(BacktestResult base, BacktestResult other, List<AlertOutcome> gained,
                             List<AlertOutcome> lost) {

    public RuleComparison {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(other, "other");
        gained = List.copyOf(gained);
        lost = List.copyOf(lost);
    }

    /** Compares {@code other} with {@code base}; both must come from the same history. */
    public static RuleComparison of(BacktestResult base, BacktestResult other) {
        Map<DealKey, AlertOutcome> before = firstByDeal(base.alerts());
        Map<DealKey, AlertOutcome> after = firstByDeal(other.alerts());
        List<AlertOutcome> gained = after.entrySet().stream().filter(e -> !before.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        List<AlertOutcome> lost = before.entrySet().stream().filter(e -> !after.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return new RuleComparison(base, other, gained, lost);
    }

    private static Map<DealKey, AlertOutcome> firstByDeal(List<AlertOutcome> alerts) {
        Map<DealKey, AlertOutcome> first = new LinkedHashMap<>();
        alerts.forEach(a -> first.putIfAbsent(a.key(), a));
        return first;
    }
}

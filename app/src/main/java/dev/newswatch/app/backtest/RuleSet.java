package dev.newswatch.app.backtest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a backtest ran with, as the report shows it: the config directory, the enrich alert floor, the
 * alerts stage's default subscription threshold, the taxonomy file, how many entities, and the
 * subscription ids. Immutable.
 */
public record RuleSet(Path configDir, BigDecimal alertFloorUsd, BigDecimal defaultMinAmountUsd, Path taxonomy,
                      int entities, List<String> subscriptions) {

    public RuleSet {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(alertFloorUsd, "alertFloorUsd");
        Objects.requireNonNull(defaultMinAmountUsd, "defaultMinAmountUsd");
        Objects.requireNonNull(taxonomy, "taxonomy");
        subscriptions = List.copyOf(subscriptions);
    }
}

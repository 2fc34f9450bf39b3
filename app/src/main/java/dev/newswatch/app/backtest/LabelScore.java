package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Deal;
import java.math.BigDecimal;
import java.util.List;

/**
 * How the alerts of a backtest score against labels, with the rules of {@code samples/README.md}.
 *
 * @param recall         expected deals found among the alerts / expected deals (1.0 when none expected)
 * @param precision      alerted deals that are not false positives / alerted deals (1.0 when none)
 * @param expected       expected deals of the labelled items that matched an article
 * @param found          of those, found
 * @param detected       alerted deals counted, item by item
 * @param misses         each expected deal not found
 * @param falsePositives each alerted deal that is an error
 * @param unmatched      ids of labelled items that matched no article of the history (not scored)
 */
public record LabelScore(double recall, double precision, int expected, int found, int detected, List<Miss> misses,
                         List<FalsePositive> falsePositives, List<String> unmatched) {

    public LabelScore {
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
        unmatched = List.copyOf(unmatched);
    }

    /** An expected deal of labelled item {@code item} (article title {@code title}) that no alert carried. */
    public record Miss(String item, String title, String investor, String target, BigDecimal usd,
                       List<Deal> alerted) {
        public Miss {
            alerted = List.copyOf(alerted);
        }
    }

    /** An alerted deal that labelled item {@code item} (article title {@code title}) does not expect. */
    public record FalsePositive(String item, String title, Deal deal) {
    }
}

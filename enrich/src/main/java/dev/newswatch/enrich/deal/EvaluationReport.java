package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import java.util.List;
import java.util.Locale;

/**
 * The score of a deal detector on a labelled set, with the rules of {@code samples/README.md}: recall is
 * found / expected deals, precision is detected deals that are not false positives / detected deals (both
 * 1.0 when there is nothing to count). {@code items} keeps every item's detection, misses and false
 * positives, so a caller can also score categories. Immutable.
 */
public record EvaluationReport(int expected, int found, int detected, int falsePositives, List<ItemOutcome> items) {

    /** One item: what was detected, which expected deals were missed, which detections were errors. */
    public record ItemOutcome(LabelledItem item, Detection detection, List<ExpectedDeal> missed,
                              List<Deal> falsePositives) {

        public ItemOutcome {
            missed = List.copyOf(missed);
            falsePositives = List.copyOf(falsePositives);
        }
    }

    public EvaluationReport {
        items = List.copyOf(items);
    }

    /** Found / expected deals; 1.0 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    /** Detected deals that are not false positives / detected deals; 1.0 when nothing was detected. */
    public double precision() {
        return detected == 0 ? 1.0 : (double) (detected - falsePositives) / detected;
    }

    /** A readable account: the figures, then each miss and false positive with its evidence. */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "recall %.3f (%d/%d), precision %.3f (%d false positives in %d detected)%n",
                recall(), found, expected, precision(), falsePositives, detected));
        for (ItemOutcome outcome : items) {
            for (ExpectedDeal miss : outcome.missed()) {
                out.append(String.format(Locale.ROOT, "MISS %s: %s <- %s, %s USD; detected %s%n",
                        outcome.item().id(), miss.target(), miss.investor(), miss.usd().toPlainString(),
                        summaries(outcome.detection().deals())));
            }
            for (Deal deal : outcome.falsePositives()) {
                out.append(String.format(Locale.ROOT, "FALSE POSITIVE %s: %s | evidence: %s%n",
                        outcome.item().id(), summary(deal), deal.evidence()));
            }
        }
        return out.toString();
    }

    private static String summaries(List<Deal> deals) {
        return deals.isEmpty() ? "nothing" : String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
    }

    static String summary(Deal deal) {
        return String.format(Locale.ROOT, "%s <- %s, %s %s (%s USD) %s %s",
                deal.target() == null ? "?" : deal.target().name(),
                deal.investor() == null ? "null" : deal.investor().name(),
                deal.amount() == null ? "?" : deal.amount().toPlainString(), deal.currency(),
                deal.amountUsd() == null ? "?" : deal.amountUsd().toPlainString(), deal.type().wireName(),
                deal.stage().wireName());
    }
}

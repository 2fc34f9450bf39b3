package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The score of a deal detector on a labelled set, with the rules of {@code samples/README.md}: recall is
 * found / expected deals, precision is detected deals that are not false positives / detected deals (both
 * 1.0 when there is nothing to count). Two stricter figures for real news: the share of detections of
 * $100 million or more that report a labelled deal (same target, amount, and investor when both name one),
 * and the share of items with a main deal whose main deal was found. {@code items} keeps every item's
 * detection, misses and errors, so a caller can also score categories. Immutable.
 */
public record EvaluationReport(int expected, int found, int detected, int falsePositives, int largeDetected,
                               int largeMatched, int mainExpected, int mainFound, List<ItemOutcome> items) {

    /**
     * One item: what was detected, which expected deals were missed, which detections were false positives,
     * how many detections were of $100 million or more and which of those report no labelled deal.
     */
    public record ItemOutcome(LabelledItem item, Detection detection, List<ExpectedDeal> missed,
                              List<Deal> falsePositives, int largeDetected, List<Deal> largeUnmatched) {

        public ItemOutcome {
            missed = List.copyOf(missed);
            falsePositives = List.copyOf(falsePositives);
            largeUnmatched = List.copyOf(largeUnmatched);
        }

        /** Whether the item has a main deal and it was found. */
        public boolean mainFound() {
            return hasMain() && item.deals().stream().filter(ExpectedDeal::main).noneMatch(missed::contains);
        }

        public boolean hasMain() {
            return item.deals().stream().anyMatch(ExpectedDeal::main);
        }
    }

    public EvaluationReport {
        items = List.copyOf(items);
    }

    /** Sums the outcomes of some items. */
    public static EvaluationReport of(List<ItemOutcome> outcomes) {
        int expected = 0;
        int found = 0;
        int detected = 0;
        int falsePositives = 0;
        int largeDetected = 0;
        int largeMatched = 0;
        int mainExpected = 0;
        int mainFound = 0;
        for (ItemOutcome o : outcomes) {
            expected += o.item().deals().size();
            found += o.item().deals().size() - o.missed().size();
            detected += o.detection().deals().size();
            falsePositives += o.falsePositives().size();
            largeDetected += o.largeDetected();
            largeMatched += o.largeDetected() - o.largeUnmatched().size();
            mainExpected += o.hasMain() ? 1 : 0;
            mainFound += o.mainFound() ? 1 : 0;
        }
        return new EvaluationReport(expected, found, detected, falsePositives, largeDetected, largeMatched,
                mainExpected, mainFound, outcomes);
    }

    /** The same figures for each language of the items, by ISO code ("?" for items without one). */
    public Map<String, EvaluationReport> byLanguage() {
        Map<String, List<ItemOutcome>> groups = new TreeMap<>();
        for (ItemOutcome o : items) {
            String language = o.item().language() == null ? "?" : o.item().language();
            groups.computeIfAbsent(language, k -> new ArrayList<>()).add(o);
        }
        Map<String, EvaluationReport> reports = new TreeMap<>();
        groups.forEach((language, outcomes) -> reports.put(language, of(outcomes)));
        return reports;
    }

    /** Found / expected deals; 1.0 when nothing was expected. */
    public double recall() {
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    /** Detected deals that are not false positives / detected deals; 1.0 when nothing was detected. */
    public double precision() {
        return detected == 0 ? 1.0 : (double) (detected - falsePositives) / detected;
    }

    /** Detections of $100 million or more that report a labelled deal / such detections; 1.0 when none. */
    public double largePrecision() {
        return largeDetected == 0 ? 1.0 : (double) largeMatched / largeDetected;
    }

    /** Items whose main deal was found / items with a main deal; 1.0 when none has one. */
    public double mainRecall() {
        return mainExpected == 0 ? 1.0 : (double) mainFound / mainExpected;
    }

    /** One line of figures. */
    public String figures() {
        return String.format(Locale.ROOT,
                "recall %.3f (%d/%d), precision %.3f (%d false positives in %d detected), "
                        + "large-detection precision %.3f (%d/%d), main deal %.3f (%d/%d)",
                recall(), found, expected, precision(), falsePositives, detected, largePrecision(), largeMatched,
                largeDetected, mainRecall(), mainFound, mainExpected);
    }

    /** A readable account: the figures, then each miss, false positive and unmatched large detection. */
    public String describe() {
        StringBuilder out = new StringBuilder(figures()).append(System.lineSeparator());
        for (ItemOutcome outcome : items) {
            for (ExpectedDeal miss : outcome.missed()) {
                out.append(String.format(Locale.ROOT, "MISS %s%s: %s <- %s, %s USD; detected %s%n",
                        outcome.item().id(), miss.main() ? " (main)" : "", miss.target(), miss.investor(),
                        miss.usd().toPlainString(), summaries(outcome.detection().deals())));
            }
            for (Deal deal : outcome.falsePositives()) {
                out.append(String.format(Locale.ROOT, "FALSE POSITIVE %s: %s | evidence: %s%n",
                        outcome.item().id(), summary(deal), deal.evidence()));
            }
            for (Deal deal : outcome.largeUnmatched()) {
                if (!outcome.falsePositives().contains(deal)) {
                    out.append(String.format(Locale.ROOT, "WRONG %s: %s | evidence: %s%n",
                            outcome.item().id(), summary(deal), deal.evidence()));
                }
            }
        }
        return out.toString();
    }

    private static String summaries(List<Deal> deals) {
        return deals.isEmpty() ? "nothing" : String.join("; ", deals.stream().map(EvaluationReport::summary).toList());
    }

    static String summary(Deal deal) {
        return String.format(Locale.ROOT, "%s%s <- %s, %s %s (%s USD) %s %s",
                deal.target() == null ? "?" : deal.target().name(),
                deal.target() != null && deal.target().provisional() ? " (new)" : "",
                deal.investor() == null ? "null" : deal.investor().name(),
                deal.amount() == null ? "?" : deal.amount().toPlainString(), deal.currency(),
                deal.amountUsd() == null ? "?" : deal.amountUsd().toPlainString(), deal.type().wireName(),
                deal.stage().wireName());
    }
}

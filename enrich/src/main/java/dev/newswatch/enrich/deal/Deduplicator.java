package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges the reports of one deal within an article: same target and type, same or unnamed investor, amounts
 * within 5% (in US dollars when both convert, else in the same currency). The first report is kept with
 * the most advanced stage of all (rumoured, in talks, announced, completed; background counts least); a
 * later report that names the investor the first one lacked replaces it; the amount written with more significant digits
 * replaces a rounded one. Stateless.
 */
final class Deduplicator {

    private static final BigDecimal SAME_AMOUNT_TOLERANCE = new BigDecimal("0.05");
    private static final Map<DealStage, Integer> STAGE_STRENGTH = Map.of(
            DealStage.BACKGROUND, 0, DealStage.RUMOURED, 1, DealStage.IN_TALKS, 2, DealStage.ANNOUNCED, 3,
            DealStage.COMPLETED, 4);

    private Deduplicator() {
    }

    static List<Deal> deduplicate(List<Deal> found) {
        List<Deal> kept = new ArrayList<>();
        for (Deal deal : found) {
            int same = -1;
            for (int i = 0; i < kept.size() && same < 0; i++) {
                if (sameDeal(kept.get(i), deal)) {
                    same = i;
                }
            }
            if (same < 0) {
                kept.add(deal);
            } else {
                kept.set(same, merge(kept.get(same), deal));
            }
        }
        return List.copyOf(kept);
    }

    private static boolean sameDeal(Deal a, Deal b) {
        if (!a.target().id().equals(b.target().id()) || a.type() != b.type()) {
            return false;
        }
        if (a.investor() != null && b.investor() != null && !a.investor().id().equals(b.investor().id())) {
            return false;
        }
        if (inRange(a, b) || inRange(b, a)) {
            return true;
        }
        BigDecimal x = a.amountUsd() != null && b.amountUsd() != null ? a.amountUsd() : a.amount();
        BigDecimal y = a.amountUsd() != null && b.amountUsd() != null ? b.amountUsd()
                : a.currency().equals(b.currency()) ? b.amount() : null;
        if (y == null) {
            return false;
        }
        return closeAmounts(x, y);
    }

    /** Whether two positive amounts differ by at most 5% of the larger: one deal's figure, told twice. */
    static boolean closeAmounts(BigDecimal x, BigDecimal y) {
        BigDecimal larger = x.max(y);
        return larger.signum() == 0
                || x.subtract(y).abs().compareTo(larger.multiply(SAME_AMOUNT_TOLERANCE)) <= 0;
    }

    /**
     * "aims to raise as much as $2bn" and later "seeks $1.5bn to $2bn": an amount within the range
     * of a report in the same currency (5% either side) is the same deal told less precisely.
     */
    private static boolean inRange(Deal range, Deal other) {
        if (range.amountHigh() == null || !range.currency().equals(other.currency())) {
            return false;
        }
        BigDecimal low = range.amount().subtract(range.amount().multiply(SAME_AMOUNT_TOLERANCE));
        BigDecimal high = range.amountHigh().add(range.amountHigh().multiply(SAME_AMOUNT_TOLERANCE));
        return other.amount().compareTo(low) >= 0 && other.amount().compareTo(high) <= 0;
    }

    private static Deal merge(Deal first, Deal later) {
        DealStage stage = STAGE_STRENGTH.get(later.stage()) > STAGE_STRENGTH.get(first.stage())
                ? later.stage() : first.stage();
        Deal base = first.investor() == null && later.investor() != null ? later : first;
        if (base == first && later.amountHigh() != null && first.amountHigh() == null
                && (first.investor() == null) == (later.investor() == null)) {
            // the range says more than the single amount inside it
            base = later;
        }
        // "lands $1bn" and then "the $1.05bn round": the more precise figure is the deal's, the rounded one
        // a headline's
        Deal other = base == first ? later : first;
        Deal amount = base.amountHigh() == null && other.amountHigh() == null
                && significantDigits(other) > significantDigits(base) ? other : base;
        return new Deal(base.investor(), base.target(), amount.amount(), amount.amountHigh(), amount.currency(),
                amount.amountUsd(), amount.qualifier(), base.type(), stage, base.evidence(), base.start(), base.end());
    }

    private static int significantDigits(Deal deal) {
        return deal.amount().stripTrailingZeros().precision();
    }
}

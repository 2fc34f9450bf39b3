package dev.newswatch.enrich.topology;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The pure rules of "one deal, many reports": when a new report is the same deal as a tracked one, and
 * what counts as a material change (the stage moves forward, the amount is revised or revealed, a party is
 * named). A provisional party (a company the entity table did not know) and the same company after it was
 * added to the table have the same id, so they are one party; a report that carries the joined entity
 * promotes the tracked deal's party. Stateless.
 */
public final class DealMerge {

    /** Two amounts within this ratio can be the same deal ("more than $10bn" and "$10.5bn"). */
    static final BigDecimal SAME_DEAL_RATIO = new BigDecimal("1.5");
    /** A later amount that differs by more than this fraction is a revision. */
    static final BigDecimal REVISION = new BigDecimal("0.10");

    private DealMerge() {
    }

    /** The result of merging a report into a tracked deal; {@code change} is null when nothing material changed. */
    public record Merged(TrackedDeal deal, String change) {
    }

    /** Whether {@code report} can be a report of {@code tracked}. */
    public static boolean sameDeal(Deal tracked, Deal report) {
        // A past deal cited as background is never the news of the day, even between the same parties.
        boolean trackedBackground = tracked.stage() == DealStage.BACKGROUND;
        boolean reportBackground = report.stage() == DealStage.BACKGROUND;
        return trackedBackground == reportBackground
                && compatible(tracked.type(), report.type())
                && compatible(tracked.investor(), report.investor())
                && compatible(tracked.target(), report.target())
                && closeAmounts(tracked.amountUsd(), report.amountUsd());
    }

    /** The index of the tracked deal {@code report} belongs to, the closest in amount, or -1. */
    public static int findMatch(List<TrackedDeal> tracked, Deal report) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < tracked.size(); i++) {
            Deal candidate = tracked.get(i).deal();
            if (sameDeal(candidate, report)) {
                double distance = distance(candidate.amountUsd(), report.amountUsd());
                if (distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** Adds {@code source} to {@code tracked} and applies what the report changes. */
    public static Merged merge(TrackedDeal tracked, Deal report, Source source, List<String> categories,
                               java.time.Instant seenAt) {
        Deal current = tracked.deal();
        List<String> changes = new ArrayList<>();
        DealStage stage = current.stage();
        if (advances(current.stage(), report.stage())) {
            changes.add("stage " + current.stage().wireName() + " → " + report.stage().wireName());
            stage = report.stage();
        }
        BigDecimal amount = current.amount();
        BigDecimal amountHigh = current.amountHigh();
        BigDecimal amountUsd = current.amountUsd();
        String currency = current.currency();
        var qualifier = current.qualifier();
        boolean revealed = current.amountUsd() == null && report.amountUsd() != null;
        boolean revised = current.amountUsd() != null && report.amountUsd() != null
                && relativeDifference(current.amountUsd(), report.amountUsd()).compareTo(REVISION) > 0
                && rank(report.stage()) >= rank(current.stage());
        if (revealed || revised) {
            changes.add(revealed ? "amount revealed" : "amount revised");
            amount = report.amount();
            amountHigh = report.amountHigh();
            amountUsd = report.amountUsd();
            currency = report.currency();
            qualifier = report.qualifier();
        }
        List<String> notes = new ArrayList<>();
        Party investor = current.investor();
        if (investor == null && report.investor() != null) {
            investor = report.investor();
            changes.add("investor named: " + investor.name());
        } else if (promotes(investor, report.investor())) {
            investor = report.investor();
            notes.add("investor " + investor.name() + " now in the entity table");
        }
        Party target = current.target();
        if (target == null && report.target() != null) {
            target = report.target();
            changes.add("target named: " + target.name());
        } else if (promotes(target, report.target())) {
            target = report.target();
            notes.add("target " + target.name() + " now in the entity table");
        }
        boolean material = !changes.isEmpty();
        Deal evidenceFrom = material ? report : current;
        Deal merged = new Deal(investor, target, amount, amountHigh, currency, amountUsd, qualifier,
                current.type() == DealType.OTHER ? report.type() : current.type(), stage, evidenceFrom.evidence(),
                evidenceFrom.start(), evidenceFrom.end());
        List<Source> sources = new ArrayList<>(tracked.sources());
        sources.add(source);
        LinkedHashSet<String> allCategories = new LinkedHashSet<>(tracked.categories());
        allCategories.addAll(categories);
        java.time.Instant lastSeen = seenAt.isAfter(tracked.lastSeen()) ? seenAt : tracked.lastSeen();
        TrackedDeal next = new TrackedDeal(tracked.dealId(), merged, new ArrayList<>(allCategories), sources,
                tracked.firstSeen(), lastSeen, material ? tracked.version() + 1 : tracked.version(),
                material ? joined(changes, notes) : nonMaterialChange(source, notes));
        return new Merged(next, material ? joined(changes, notes) : null);
    }

    /**
     * Whether the report's party is the tracked one promoted: the same id, provisional in the tracked deal and
     * joined to the entity table in the report (an entity with the provisional id was added since). The deal
     * takes the joined party; subscribers were already told about the deal, so this is no material change.
     */
    static boolean promotes(Party tracked, Party reported) {
        return tracked != null && reported != null && tracked.provisional() && !reported.provisional()
                && tracked.id().equals(reported.id());
    }

    private static String nonMaterialChange(Source source, List<String> notes) {
        return joined(List.of("new source: " + source.outlet()), notes);
    }

    private static String joined(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return String.join("; ", all);
    }

    /** Whether moving from {@code from} to {@code to} is progress (rumour → talks → announced → completed). */
    public static boolean advances(DealStage from, DealStage to) {
        if (to == DealStage.BACKGROUND) {
            return false;
        }
        return from == DealStage.BACKGROUND ? false : rank(to) > rank(from);
    }

    static int rank(DealStage stage) {
        return switch (stage) {
            case RUMOURED -> 0;
            case IN_TALKS -> 1;
            case ANNOUNCED -> 2;
            case COMPLETED -> 3;
            case BACKGROUND -> -1;
        };
    }

    private static boolean compatible(DealType a, DealType b) {
        return a == b || a == DealType.OTHER || b == DealType.OTHER;
    }

    private static boolean compatible(Party a, Party b) {
        return a == null || b == null || Objects.equals(a.id(), b.id());
    }

    private static boolean closeAmounts(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || a.signum() == 0 || b.signum() == 0) {
            return true;
        }
        BigDecimal high = a.max(b);
        BigDecimal low = a.min(b);
        return high.divide(low, MathContext.DECIMAL64).compareTo(SAME_DEAL_RATIO) <= 0;
    }

    private static double distance(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || a.signum() == 0 || b.signum() == 0) {
            return 1.0;
        }
        return Math.abs(Math.log(a.doubleValue() / b.doubleValue()));
    }

    private static BigDecimal relativeDifference(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().divide(a.max(b), MathContext.DECIMAL64);
    }
}

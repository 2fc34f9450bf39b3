package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Party;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores a deal detector on a labelled JSONL set (one {@code {id, lang, title, text, expect: {deals,
 * categories, lenient}}} object per line), with the rules of {@code samples/README.md}:
 * <ul>
 *   <li>an expected deal is found when one detected deal names its target, and its investor when the label
 *   gives one, and its US-dollar amount is within 2% of the label (5% would hide unit errors) for US-dollar
 *   deals, within 20% for deals in other currencies (the labels converted them at fixed rates);</li>
 *   <li>in an item with expected deals, a detected deal of at least $100 million whose target has no
 *   expected deal is a false positive; in an item with none, every detected deal is; lenient items have
 *   no false positives.</li>
 * </ul>
 * Labels name entities; detected deals carry entity ids. Names are mapped to ids through the entity list
 * (canonical names and aliases, case-insensitively), falling back to comparing names.
 *
 * <p>The detector is any function of the item, so the application can plug in its whole enrichment.
 * Immutable and thread-safe once built.
 */
public final class DealEvaluation {

    private static final BigDecimal USD_TOLERANCE = new BigDecimal("0.02");
    private static final BigDecimal OTHER_TOLERANCE = new BigDecimal("0.20");
    private static final BigDecimal FALSE_POSITIVE_FLOOR = new BigDecimal("100000000");

    private final Map<String, String> idsByName;

    /**
     * @param entities the entities the labels name; not null
     */
    public DealEvaluation(List<Entity> entities) {
        Map<String, String> ids = new HashMap<>();
        for (Entity entity : entities) {
            ids.putIfAbsent(key(entity.name()), entity.id());
            ids.putIfAbsent(key(entity.id()), entity.id());
            for (String alias : entity.aliases()) {
                ids.putIfAbsent(key(alias), entity.id());
            }
        }
        this.idsByName = Map.copyOf(ids);
    }

    /**
     * Reads a labelled set from a JSONL file (UTF-8; blank lines skipped) with {@link LabelReader}; every item
     * must carry its text.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws IllegalArgumentException naming the file and line when a line is not a valid item
     */
    public static List<LabelledItem> readLabels(Path jsonl) {
        return items(LabelReader.read(jsonl, LabelReader.Text.REQUIRED));
    }

    /**
     * Parses a labelled set with {@link LabelReader}; {@code sourceName} only appears in error messages.
     *
     * @throws IllegalArgumentException naming the source and line when a line is not a valid item
     */
    public static List<LabelledItem> parseLabels(String jsonl, String sourceName) {
        return items(LabelReader.parse(jsonl, sourceName, LabelReader.Text.REQUIRED));
    }

    private static List<LabelledItem> items(List<LabelReader.Label> labels) {
        return labels.stream().map(LabelReader.Label::item).toList();
    }

    /**
     * A detector that runs {@code extractor} on the item's {@link LabelledItem#articleText()} with the
     * mentions {@code linker} finds in that text.
     */
    public static Function<LabelledItem, Detection> extractorDetector(DealExtractor extractor,
                                                                      Function<String, List<EntityMention>> linker) {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(linker, "linker");
        return item -> {
            String text = item.articleText();
            return Detection.of(extractor.extract(text, item.language(), linker.apply(text)));
        };
    }

    /** Runs {@code detector} on every item and scores the result. */
    public EvaluationReport evaluate(List<LabelledItem> items, Function<LabelledItem, Detection> detector) {
        List<EvaluationReport.ItemOutcome> outcomes = new ArrayList<>();
        for (LabelledItem item : items) {
            Detection detection = Objects.requireNonNull(detector.apply(item), "detection for item " + item.id());
            List<ExpectedDeal> missed = new ArrayList<>();
            for (ExpectedDeal wanted : item.deals()) {
                if (detection.deals().stream().noneMatch(d -> matches(wanted, d))) {
                    missed.add(wanted);
                }
            }
            List<Deal> errors = detection.deals().stream().filter(d -> isFalsePositive(item, d)).toList();
            List<Deal> large = detection.deals().stream().filter(DealEvaluation::isLarge).toList();
            List<Deal> largeUnmatched = large.stream()
                    .filter(d -> item.deals().stream().noneMatch(wanted -> sameDeal(wanted, d)))
                    .toList();
            outcomes.add(new EvaluationReport.ItemOutcome(item, detection, missed, errors, large.size(),
                    largeUnmatched));
        }
        return EvaluationReport.of(outcomes);
    }

    private static boolean isLarge(Deal deal) {
        BigDecimal size = deal.amountUsd() != null ? deal.amountUsd() : deal.amount();
        return size != null && size.compareTo(FALSE_POSITIVE_FLOOR) >= 0;
    }

    /**
     * Whether a detection reports a labelled deal, for the strict precision of large detections: the same
     * target and amount, and the same investor when both name one (a detection that leaves the investor out
     * is incomplete, not wrong).
     */
    private boolean sameDeal(ExpectedDeal wanted, Deal deal) {
        if (!sameParty(wanted.target(), deal.target()) || !sameAmount(wanted, deal)) {
            return false;
        }
        return wanted.investor() == null || deal.investor() == null || sameParty(wanted.investor(), deal.investor());
    }

    private boolean matches(ExpectedDeal wanted, Deal deal) {
        if (!sameParty(wanted.target(), deal.target())) {
            return false;
        }
        if (wanted.investor() != null && !sameParty(wanted.investor(), deal.investor())) {
            return false;
        }
        return sameAmount(wanted, deal);
    }

    private static boolean sameAmount(ExpectedDeal wanted, Deal deal) {
        return sameAmount(wanted, deal.amountUsd(), deal.currency());
    }

    /**
     * Whether an amount of {@code usd} US dollars written in {@code currency} is the label's amount, within the
     * tolerance of the currency; false when {@code usd} is null.
     */
    public static boolean sameAmount(ExpectedDeal wanted, BigDecimal usd, String currency) {
        if (usd == null) {
            return false;
        }
        BigDecimal tolerance = "USD".equals(currency) ? USD_TOLERANCE : OTHER_TOLERANCE;
        BigDecimal allowed = wanted.usd().abs().multiply(tolerance);
        return usd.subtract(wanted.usd()).abs().compareTo(allowed) <= 0;
    }

    /** Whether {@code party} is the entity a label calls {@code labelName}, as the scores count it. */
    public boolean names(String labelName, Party party) {
        return sameParty(labelName, party);
    }

    private boolean isFalsePositive(LabelledItem item, Deal deal) {
        if (item.lenient()) {
            return false;
        }
        if (item.deals().isEmpty()) {
            return true;
        }
        BigDecimal size = deal.amountUsd() != null ? deal.amountUsd() : deal.amount();
        if (size == null || size.compareTo(FALSE_POSITIVE_FLOOR) < 0) {
            return false;
        }
        return item.deals().stream().noneMatch(wanted -> sameParty(wanted.target(), deal.target()));
    }

    private boolean sameParty(String labelName, Party party) {
        if (party == null || labelName == null) {
            return false;
        }
        String id = idsByName.get(key(labelName));
        if (id != null) {
            return id.equals(party.id());
        }
        return (party.name() != null && key(party.name()).equals(key(labelName)))
                || (party.provisional() && sameProvisional(labelName, party));
    }

    /**
     * A company read from the text matches a label by its id, or when one name is the other plus trailing
     * words ("Mellanox" and "Mellanox Technologies"): the company is identified either way.
     */
    private static boolean sameProvisional(String labelName, Party party) {
        String label = Party.provisionalId(labelName);
        return party.id().equals(label) || party.id().startsWith(label + "-") || label.startsWith(party.id() + "-");
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}

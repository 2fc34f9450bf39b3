package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Party;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What runs after the rules of {@link DealExtractor}: the amounts of at least $1M that no rule deal carries are
 * scored by a learned model ({@link DealModel} over {@link AmountFeatures}); an amount it reads as a deal becomes
 * one, paid to the mention the target model ranks first and by the one the investor model ranks first among the
 * others when that one is likely enough. The rules' deals are never changed: the backstop only adds. Its type comes
 * from the deal word nearest to the amount (investment when there is none), its stage from the sentence.
 *
 * <p>{@link #recording} gives the rows a model is trained on instead ({@code newswatch features}). The bundled
 * backstop is immutable and thread-safe; a recording one passes every row to its sink, on the caller's thread.
 */
public final class DealBackstop {

    private static final DealBackstop BUNDLED = new DealBackstop(true, null, null);
    private static final DealBackstop NONE = new DealBackstop(false, null, null);

    private final boolean on;
    /** Null for the bundled weights, read on first use. */
    private final DealModel model;
    private final Consumer<Row> sink;

    private DealBackstop(boolean on, DealModel model, Consumer<Row> sink) {
        this.on = on;
        this.model = model;
        this.sink = sink;
    }

    /** The backstop with the weights bundled with the extractor. */
    public static DealBackstop bundled() {
        return BUNDLED;
    }

    /** No backstop: the rules' deals alone. */
    public static DealBackstop none() {
        return NONE;
    }

    /** A backstop with {@code model}: for tests. */
    static DealBackstop of(DealModel model) {
        return new DealBackstop(true, Objects.requireNonNull(model, "model"), null);
    }

    /**
     * A backstop that adds no deal and gives {@code sink} one row per amount of at least $1M, with its features and
     * its candidate parties', for training.
     */
    public static DealBackstop recording(Consumer<Row> sink) {
        return new DealBackstop(true, null, Objects.requireNonNull(sink, "sink"));
    }

    /** {@code ruleDeals} and the deals the model adds, in text order. */
    List<Deal> withLearnedDeals(AmountFeatures.Context context, List<Deal> ruleDeals) {
        if (!on) {
            return ruleDeals;
        }
        // the amounts a rule deal carries are features for training only
        List<AmountFeatures.AmountCase> cases = AmountFeatures.cases(context, ruleDeals, sink != null);
        if (sink != null) {
            cases.forEach(c -> sink.accept(row(c)));
            return ruleDeals;
        }
        DealModel scorer = model != null ? model : DealModel.bundled();
        // an amount written twice is one deal: the mention the amount model is surest of
        Map<BigDecimal, Scored> best = new LinkedHashMap<>();
        for (AmountFeatures.AmountCase c : cases) {
            if (c.carried() || c.candidates().isEmpty()) {
                continue;
            }
            double p = scorer.probability(DealModel.AMOUNT, c.features());
            BigDecimal key = c.usd().stripTrailingZeros();
            Scored known = best.get(key);
            if (known == null || p > known.probability()) {
                best.put(key, new Scored(c, p));
            }
        }
        List<Deal> out = new ArrayList<>(ruleDeals);
        for (Scored s : best.values()) {
            Deal deal = deal(context, scorer, s);
            if (deal != null) {
                // in text order, the rules' deals keeping theirs
                int at = 0;
                while (at < out.size() && out.get(at).start() <= deal.start()) {
                    at++;
                }
                out.add(at, deal);
            }
        }
        return out.size() == ruleDeals.size() ? ruleDeals : List.copyOf(out);
    }

    private record Scored(AmountFeatures.AmountCase amountCase, double probability) {
    }

    /**
     * The deal of an amount, paid to the candidate the target model ranks first, when the amount model's probability
     * times that candidate's share of the target model's choice reaches the threshold; else null.
     */
    private static Deal deal(AmountFeatures.Context context, DealModel scorer, Scored scored) {
        AmountFeatures.AmountCase c = scored.amountCase();
        List<Double> shares = scorer.choice(DealModel.TARGET, c.candidates().stream()
                .map(AmountFeatures.MentionCase::features).toList());
        int best = 0;
        for (int i = 1; i < shares.size(); i++) {
            if (shares.get(i) > shares.get(best)) {
                best = i;
            }
        }
        if (scored.probability() * shares.get(best) < scorer.threshold(DealModel.AMOUNT)) {
            return null;
        }
        AmountFeatures.MentionCase target = c.candidates().get(best);
        AmountFeatures.MentionCase investor = null;
        double investorScore = scorer.threshold(DealModel.INVESTOR);
        for (AmountFeatures.MentionCase m : c.candidates()) {
            double p = scorer.probability(DealModel.INVESTOR, m.features());
            if (m != target && p >= investorScore) {
                investor = m;
                investorScore = p;
            }
        }
        Cue anchor = AmountFeatures.anchorOf(c, context);
        DealType type = anchor == null ? DealType.INVESTMENT : anchor.kind().defaultType();
        Sentence sentence = c.sentence();
        Clause clause = new Clause(context.lower(), sentence.start(), sentence.end(), context.lexicon(),
                context.cues(sentence.index()), context.moneyBySentence().get(sentence.index()),
                context.mentionsIn(sentence));
        MoneyMention money = c.amount();
        return new Deal(investor == null ? null : DealExtractor.party(investor.mention()),
                DealExtractor.party(target.mention()), money.amount(), money.amountHigh(),
                money.currency(), c.usd(), money.qualifier(), type, DealExtractor.stage(clause), sentence.text(),
                sentence.start(), sentence.end());
    }

    private static Row row(AmountFeatures.AmountCase c) {
        return new Row(c.usd(), c.amount().currency(), c.sentence().index(), c.amount().start(), c.carrier(),
                c.features(),
                c.candidates().stream()
                        .map(m -> new CandidateRow(DealExtractor.party(m.mention()), m.features()))
                        .toList());
    }

    /**
     * An amount of an article, as a training row: its US-dollar value and currency, the index of its sentence, where it
     * starts in the text, the rule deal that carries it (null when none does), its features, and its candidate
     * parties.
     */
    public record Row(BigDecimal usd, String currency, int sentence, int start, Deal carrier, List<String> features,
                      List<CandidateRow> candidates) {

        /** Whether a rule deal carries the amount. */
        public boolean carried() {
            return carrier != null;
        }
    }

    /** A company mention that may be a party of a {@link Row}'s amount, with its features. */
    public record CandidateRow(Party party, List<String> features) {
    }
}

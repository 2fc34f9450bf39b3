package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EntityMention;
import dev.newswatch.core.model.Party;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Finds the deals an article reports: "Amazon in talks to invest more than $10 billion in OpenAI",
 * "Nvidia ha annunciato l'acquisizione di Run:ai per circa 700 milioni di dollari", "Mistral AI hat 600
 * Millionen Euro eingesammelt".
 *
 * <p>Each amount of money ({@link MoneyParser}) becomes a deal when its clause has a deal word (invest,
 * acquire, raise, funding round, contract, secondary sale... in English, Italian, German, French or
 * Spanish), the amount is not a valuation, revenue, loss, market value, fine, saving, price, GDP or budget,
 * and the parties can be read from the sentence: the entity mentions given by the caller, or an anaphor
 * ("la società", "the start-up", "il gruppo") resolved to the entity the previous sentences are about. Who
 * pays follows from the deal word and the prepositions: "X invests N in Y", "Y raised N led by X", "X
 * acquires Y", "Y was acquired by X", "Y in trattative con X per un investimento", "X signs an agreement to
 * buy capacity from Y". A deal needs a target; the investor may stay null. When only one side is named
 * and the other is a list ("agreements with Nvidia, AMD and Broadcom"), the named company is recorded as
 * the target with no investor. Amounts under 100,000 (US dollars when the rate is known) are ignored.
 * Reports of the same deal (same target and type, same or unnamed investor, amounts within 5%) are merged
 * into the first one, keeping the most advanced stage; a later report that names the investor the first
 * one lacked replaces it.
 *
 * <p>Immutable and thread-safe: one instance may serve every stream thread.
 */
public final class DealExtractor {

    private static final BigDecimal MIN_AMOUNT = new BigDecimal("100000");
    private static final BigDecimal SAME_AMOUNT_TOLERANCE = new BigDecimal("0.05");
    private static final int MAX_CUE_DISTANCE = 25;
    private static final int CONTEXT_WORDS_BEFORE = 6;
    private static final int CONTEXT_WORDS_AFTER = 4;
    private static final int ANAPHOR_SENTENCES_BACK = 3;
    private static final int SALE_GOVERNS_NOUN_WORDS = 5;
    private static final List<DealStage> STAGE_PRECEDENCE =
            List.of(DealStage.BACKGROUND, DealStage.COMPLETED, DealStage.IN_TALKS, DealStage.RUMOURED);
    private static final Map<DealStage, Integer> STAGE_STRENGTH = Map.of(
            DealStage.BACKGROUND, 0, DealStage.RUMOURED, 1, DealStage.IN_TALKS, 2, DealStage.ANNOUNCED, 3,
            DealStage.COMPLETED, 4);

    private final UsdRates rates;
    private final MoneyParser moneyParser = new MoneyParser();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * @param rates conversion to US dollars for {@link Deal#amountUsd()}; not null
     */
    public DealExtractor(UsdRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /**
     * The deals reported in {@code text}.
     *
     * @param text     the article text (title and body); not null
     * @param language ISO 639-1 code of the text; null or a language not covered reads as English
     * @param mentions the linked entity mentions with offsets in {@code text}; not null, any order
     * @return the deals in text order, one per distinct deal; never null
     */
    public List<Deal> extract(String text, String language, List<EntityMention> mentions) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mentions, "mentions");
        DealLexicon lexicon = DealLexicon.forLanguage(language);
        List<Sentence> sentences = splitter.split(text);
        List<MoneyMention> money = moneyParser.find(text, language);
        List<EntityMention> sorted = mentions.stream()
                .filter(m -> m.end() <= text.length())
                .sorted(Comparator.comparingInt(EntityMention::start))
                .toList();
        Article article = new Article(text, lexicon, sentences, sorted);
        for (Sentence sentence : sentences) {
            List<MoneyMention> sentenceMoney = money.stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                    .toList();
            if (!sentenceMoney.isEmpty()) {
                extractSentence(article, sentence, sentenceMoney);
            }
        }
        return deduplicate(article.found);
    }

    /** What the extraction of one article has seen so far: sentences, mentions and the deals found. */
    private record Article(String text, DealLexicon lexicon, List<Sentence> sentences, List<EntityMention> mentions,
                           List<Found> found) {

        Article(String text, DealLexicon lexicon, List<Sentence> sentences, List<EntityMention> mentions) {
            this(text, lexicon, sentences, mentions, new ArrayList<>());
        }

        List<EntityMention> mentionsIn(int from, int to) {
            return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
        }
    }

    /** A deal with the sentence it came from, for anaphors in the following sentences. */
    private record Found(Deal deal, int sentence) {
    }

    /** Who pays whom, as read from one clause. */
    private record Roles(Candidate investor, Candidate target, DealType type) {
    }

    private void extractSentence(Article article, Sentence sentence, List<MoneyMention> sentenceMoney) {
        List<Cue> cues = cues(article.text, article.lexicon, sentence);
        if (cues.stream().noneMatch(c -> c.kind() != CueKind.TALKS)) {
            return;
        }
        List<EntityMention> sentenceMentions = article.mentionsIn(sentence.start(), sentence.end());
        List<int[]> bounds = clauseBounds(article.text, article.lexicon, sentence);
        for (MoneyMention amount : sentenceMoney) {
            if (tooSmall(amount)) {
                continue;
            }
            int[] bound = bounds.stream().filter(b -> amount.start() >= b[0] && amount.start() < b[1]).findFirst()
                    .orElse(new int[] {sentence.start(), sentence.end()});
            Clause clause = new Clause(article.text, bound[0], Math.max(bound[1], amount.end()), article.lexicon, cues,
                    sentenceMoney, sentenceMentions);
            if (isDistractor(clause, amount)) {
                continue;
            }
            Cue anchor = anchor(clause, amount);
            if (anchor == null) {
                continue;
            }
            Roles roles = roles(clause, anchor);
            if (roles == null) {
                continue;
            }
            Deal deal = deal(article, sentence, clause, anchor, amount, roles);
            if (deal != null) {
                article.found.add(new Found(deal, sentence.index()));
            }
        }
    }

    private boolean tooSmall(MoneyMention amount) {
        BigDecimal usd = rates.toUsd(amount.amount(), amount.currency());
        return (usd != null ? usd : amount.amount()).compareTo(MIN_AMOUNT) < 0;
    }

    private static List<Cue> cues(String text, DealLexicon lexicon, Sentence sentence) {
        List<Cue> found = new ArrayList<>();
        for (DealLexicon.CueSpec spec : lexicon.cues) {
            Matcher m = spec.pattern().matcher(text).region(sentence.start(), sentence.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                if (m.start() > 0 && text.charAt(m.start() - 1) == '-') {
                    continue;
                }
                found.add(new Cue(m.start(), m.end(), spec.kind(),
                        spec.type() != null ? spec.type() : spec.kind().defaultType()));
            }
        }
        found.sort(Comparator.comparingInt(Cue::start).thenComparingInt(c -> -(c.end() - c.start())));
        List<Cue> kept = new ArrayList<>();
        for (Cue cue : found) {
            if (kept.stream().noneMatch(k -> k.overlaps(cue.start(), cue.end()))) {
                kept.add(cue);
            }
        }
        return kept;
    }

    private static List<int[]> clauseBounds(String text, DealLexicon lexicon, Sentence sentence) {
        List<int[]> bounds = new ArrayList<>();
        Matcher m = lexicon.clauseBoundary.matcher(text).region(sentence.start(), sentence.end());
        int from = sentence.start();
        while (m.find()) {
            bounds.add(new int[] {from, m.start()});
            from = m.end();
        }
        bounds.add(new int[] {from, sentence.end()});
        return bounds;
    }

    /** Whether the words around the amount make it a valuation, revenue, fine and the like. */
    private static boolean isDistractor(Clause clause, MoneyMention amount) {
        String text = clause.text;
        int windowStart = amount.start();
        int words = 0;
        for (int i = clause.tokens.size() - 1; i >= 0 && words < CONTEXT_WORDS_BEFORE; i--) {
            Token t = clause.tokens.get(i);
            if (t.end() > amount.start()) {
                continue;
            }
            if (t.isClausePunctuation(text) || clause.money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))) {
                break;
            }
            windowStart = t.start();
            words += t.word() ? 1 : 0;
        }
        int windowEnd = amount.end();
        int nearEnd = amount.end();
        words = 0;
        boolean nextAmount = false;
        for (Token t : clause.tokens) {
            if (t.start() < amount.end()) {
                continue;
            }
            nextAmount = clause.money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()));
            if (words >= CONTEXT_WORDS_AFTER || t.isClausePunctuation(text) || nextAmount) {
                break;
            }
            windowEnd = t.end();
            words += t.word() ? 1 : 0;
            if (words <= 2) {
                nearEnd = t.end();
            }
        }
        String before = text.substring(windowStart, amount.start());
        // Words just before the next amount belong to it ("$10bn at a $200bn valuation").
        String after = text.substring(amount.end(), nextAmount ? nearEnd : windowEnd);
        return hasDistractor(clause.lexicon, before) || hasDistractor(clause.lexicon, after);
    }

    private static boolean hasDistractor(DealLexicon lexicon, String window) {
        Matcher m = lexicon.distractor.matcher(window);
        while (m.find()) {
            boolean dealValue = lexicon.valuedAt.matcher(m.group()).matches()
                    && precededByDealNoun(lexicon, window.substring(0, m.start()));
            if (!dealValue) {
                return true;
            }
        }
        return false;
    }

    /** "a deal valued at $665 million" is the deal's amount, not a company valuation. */
    private static boolean precededByDealNoun(DealLexicon lexicon, String before) {
        return lexicon.dealNoun.matcher(before).find();
    }

    /**
     * The deal word the amount belongs to: the nearest one in the clause; a weak word ("deal", "accordo")
     * that names no counterpart of its own defers to the nearest strong one, and a sale verb governs a
     * following "stake".
     */
    private static Cue anchor(Clause clause, MoneyMention amount) {
        List<Cue> usable = clause.cues.stream()
                .filter(c -> c.kind() != CueKind.TALKS && clause.distance(c, amount) <= MAX_CUE_DISTANCE)
                .sorted(Comparator.comparingInt(c -> clause.distance(c, amount)))
                .toList();
        if (usable.isEmpty()) {
            return null;
        }
        Cue nearest = usable.get(0);
        if (!nearest.kind().strong() && !hasOwnCounterpart(clause, nearest)) {
            Cue strong = usable.stream().filter(c -> c.kind().strong()).findFirst().orElse(null);
            if (strong != null) {
                nearest = strong;
            }
        }
        if (nearest.kind() == CueKind.INV_NOUN) {
            Cue head = nearest;
            Cue sale = clause.cues.stream()
                    .filter(c -> c.kind() == CueKind.SALE && c.end() <= head.start())
                    .filter(c -> clause.distance(c, new MoneyMention(BigDecimal.ONE, null, "USD",
                            dev.newswatch.core.model.Qualifier.EXACT, head.start(), head.end())) <= SALE_GOVERNS_NOUN_WORDS)
                    .findFirst().orElse(null);
            if (sale != null) {
                return sale;
            }
        }
        return nearest;
    }

    private static boolean hasOwnCounterpart(Clause clause, Cue weak) {
        int nextCue = clause.cues.stream().filter(c -> c.start() >= weak.end()).mapToInt(Cue::start).min()
                .orElse(clause.end);
        return clause.firstBetween(weak, EnumSet.of(Marker.WITH, Marker.FROM, Marker.TO), null, weak.end(), nextCue) != null;
    }

    private static final Set<Marker> PAY_TARGETS = EnumSet.of(Marker.IN, Marker.TO, Marker.OBJECT);
    private static final Set<Marker> ACQ_TARGETS = EnumSet.of(Marker.OBJECT, Marker.OF, Marker.IN, Marker.FOR);
    private static final Set<Marker> AGENTS = EnumSet.of(Marker.BY, Marker.FROM);
    private static final Set<Marker> COUNTERPARTS = EnumSet.of(Marker.WITH, Marker.FROM, Marker.TO);

    private static Roles roles(Clause clause, Cue anchor) {
        return switch (anchor.kind()) {
            case PAY_VERB, ACQ_VERB -> verbRoles(clause, anchor);
            case RAISE_VERB, ROUND_NOUN -> raiseRoles(clause, anchor);
            case INV_NOUN -> investmentNounRoles(clause, anchor);
            case ACQ_NOUN -> acquisitionNounRoles(clause, anchor);
            case SALE -> saleRoles(clause, anchor);
            case CONTRACT_NOUN, PARTNERSHIP -> contractRoles(clause, anchor);
            case TALKS -> null;
        };
    }

    private static Roles verbRoles(Clause clause, Cue anchor) {
        boolean acquisition = anchor.kind() == CueKind.ACQ_VERB;
        Candidate subject = clause.subject(anchor);
        Set<Marker> targets = acquisition ? ACQ_TARGETS : onTargets(anchor);
        if (isPassive(clause, anchor)) {
            Set<Marker> agents = agentMarkers(clause);
            Candidate investor = clause.firstAfter(anchor, agents, subject);
            if (investor == null) {
                investor = clause.firstBetween(anchor, agents, subject, clause.start, anchor.start());
            }
            Candidate target = subject != null ? subject : clause.firstAfter(anchor, EnumSet.of(Marker.IN, Marker.TO), investor);
            return new Roles(investor, target, anchor.type());
        }
        if (subject == null && clause.lexicon.verbSecond) {
            Candidate inverted = clause.firstAfter(anchor, EnumSet.of(Marker.OBJECT), null);
            if (inverted != null && clause.objectDistance(inverted, anchor) == 0) {
                Set<Marker> loose = EnumSet.copyOf(targets);
                loose.add(Marker.NONE);
                return new Roles(inverted, clause.firstAfter(anchor, loose, inverted), anchor.type());
            }
        }
        Candidate target = clause.firstAfter(anchor, targets, subject);
        DealType type = anchor.type();
        if (target != null && acquisition && clause.marker(target, anchor) == Marker.IN) {
            type = DealType.INVESTMENT;
        }
        if (target == null && subject != null) {
            Set<Marker> between = EnumSet.of(Marker.IN, Marker.TO);
            if (clause.lexicon.verbSecond) {
                between.add(Marker.NONE);
                between.add(Marker.OF);
            }
            target = clause.firstBetween(anchor, between, subject, subject.end(), anchor.start());
        }
        if (target == null && acquisition) {
            target = clause.firstAfter(anchor, EnumSet.of(Marker.FROM), subject);
            type = DealType.CONTRACT;
        }
        if (target == null && clause.hasTalks()) {
            target = clause.firstBetween(anchor, EnumSet.of(Marker.WITH), subject, clause.start, clause.end);
        }
        return new Roles(subject, target, type);
    }

    private static Set<Marker> onTargets(Cue anchor) {
        Set<Marker> targets = EnumSet.copyOf(PAY_TARGETS);
        if (anchor.type() == DealType.CONTRACT) {
            targets.add(Marker.ON);
            targets.add(Marker.WITH);
        }
        return targets;
    }

    private static Set<Marker> agentMarkers(Clause clause) {
        Set<Marker> agents = EnumSet.copyOf(AGENTS);
        if (clause.lexicon.verbSecond) {
            agents.add(Marker.OF);
        }
        return agents;
    }

    private static boolean isPassive(Clause clause, Cue anchor) {
        DealLexicon lexicon = clause.lexicon;
        String cue = clause.text.substring(anchor.start(), anchor.end());
        if (!lexicon.passiveParticiple.matcher(cue).matches()) {
            return false;
        }
        if (lexicon.passiveClause != null) {
            return lexicon.passiveClause.matcher(clause.content()).find();
        }
        String before = clause.text.substring(clause.start, anchor.start());
        return lexicon.passiveAuxBefore.matcher(before).find()
                || lexicon.agentAfter.matcher(clause.text).region(anchor.end(), clause.end).lookingAt();
    }

    private static Roles raiseRoles(Clause clause, Cue anchor) {
        Candidate subject = clause.subject(anchor);
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            subject = clause.firstAfter(anchor, EnumSet.of(Marker.OF), null);
        }
        if (subject != null && clause.followedByLeadVerb(subject)) {
            Candidate target = clause.possessiveBefore(anchor);
            if (target == null) {
                target = clause.firstAfter(anchor, EnumSet.of(Marker.IN, Marker.FOR, Marker.OF), subject);
            }
            return new Roles(subject, target, DealType.INVESTMENT);
        }
        Set<Marker> agents = agentMarkers(clause);
        if (clause.hasTalks()) {
            agents.add(Marker.WITH);
        }
        Candidate investor = clause.firstBetween(anchor, agents, subject, clause.start, clause.end);
        if (investor != null && investor.anaphor()) {
            investor = null;
        }
        return new Roles(investor, subject, DealType.INVESTMENT);
    }

    private static Roles investmentNounRoles(Clause clause, Cue anchor) {
        Candidate subject = clause.subject(anchor);
        Candidate target = clause.firstAfter(anchor, EnumSet.of(Marker.IN), null);
        if (target == null) {
            if (subject == null) {
                return null;
            }
            Candidate with = clause.hasTalks()
                    ? clause.firstBetween(anchor, EnumSet.of(Marker.WITH), subject, clause.start, clause.end) : null;
            Candidate from = with != null ? with : clause.firstAfter(anchor, AGENTS, subject);
            return from == null || from.anaphor() ? null : new Roles(from, subject, DealType.INVESTMENT);
        }
        Candidate investor = clause.firstAfter(anchor, EnumSet.of(Marker.BY), target);
        if (investor == null) {
            investor = clause.firstBetween(anchor, EnumSet.of(Marker.OF), target, anchor.end(), target.start());
        }
        if (investor == null) {
            investor = clause.possessiveBefore(anchor);
        }
        return new Roles(investor != null ? investor : subject, target, DealType.INVESTMENT);
    }

    private static Roles acquisitionNounRoles(Clause clause, Cue anchor) {
        Candidate subject = clause.subject(anchor);
        Candidate target = clause.firstAfter(anchor, EnumSet.of(Marker.OF, Marker.OBJECT, Marker.FOR), null);
        DealType type = anchor.type();
        if (target == null) {
            target = clause.firstAfter(anchor, EnumSet.of(Marker.FROM), subject);
            type = DealType.CONTRACT;
        }
        Candidate investor = clause.firstAfter(anchor, EnumSet.of(Marker.BY), target);
        if (investor == null) {
            investor = clause.possessiveBefore(anchor);
        }
        return new Roles(investor != null ? investor : subject, target, type);
    }

    private static Roles saleRoles(Clause clause, Cue anchor) {
        Candidate target = clause.firstAfter(anchor, EnumSet.of(Marker.IN, Marker.OF), null);
        if (target == null) {
            target = clause.subject(anchor);
        }
        Candidate buyer = clause.firstAfter(anchor, EnumSet.of(Marker.TO), target);
        return new Roles(buyer, target, DealType.SECONDARY_SALE);
    }

    private static Roles contractRoles(Clause clause, Cue anchor) {
        Candidate subject = clause.subject(anchor);
        Set<Marker> counterparts = EnumSet.copyOf(COUNTERPARTS);
        if (anchor.kind() == CueKind.PARTNERSHIP) {
            counterparts = EnumSet.of(Marker.WITH);
        }
        Candidate target = clause.firstAfter(anchor, counterparts, subject);
        if (target != null && !clause.isCoordinated(target)) {
            return new Roles(subject, target, anchor.type());
        }
        if (subject != null && clause.listAfter(anchor)) {
            return new Roles(null, subject, anchor.type());
        }
        return null;
    }

    private Deal deal(Article article, Sentence sentence, Clause clause, Cue anchor, MoneyMention amount, Roles roles) {
        if (roles.target() == null) {
            return null;
        }
        Party target = resolve(article, sentence, clause, anchor, roles.target(), roles.investor());
        Party investor = roles.investor() == null ? null
                : resolve(article, sentence, clause, anchor, roles.investor(), roles.target());
        if (target == null) {
            return null;
        }
        if (investor != null && investor.id().equals(target.id())) {
            investor = null;
        }
        return new Deal(investor, target, amount.amount(), amount.amountHigh(), amount.currency(),
                rates.toUsd(amount.amount(), amount.currency()), amount.qualifier(), roles.type(),
                stage(clause), sentence.text(), sentence.start(), sentence.end());
    }

    /** The party a candidate stands for; anaphors are resolved from the previous sentences. */
    private static Party resolve(Article article, Sentence sentence, Clause clause, Cue anchor, Candidate candidate,
                                 Candidate other) {
        if (!candidate.anaphor()) {
            return party(candidate.mention());
        }
        String otherId = other == null ? null : other.entityId();
        boolean subjectSlot = candidate.subjectPronoun()
                || (candidate.end() <= anchor.start() && clause.marker(candidate, anchor) == Marker.NONE);
        if (!subjectSlot) {
            for (int i = article.found.size() - 1; i >= 0; i--) {
                Found found = article.found.get(i);
                if (found.sentence() < sentence.index() - 2) {
                    break;
                }
                if (!found.deal().target().id().equals(otherId)) {
                    return found.deal().target();
                }
            }
        }
        for (EntityMention m : article.mentionsIn(sentence.start(), clause.start)) {
            if (!m.entityId().equals(otherId)) {
                return party(m);
            }
        }
        for (int back = 1; back <= ANAPHOR_SENTENCES_BACK && sentence.index() - back >= 0; back++) {
            Sentence previous = article.sentences.get(sentence.index() - back);
            List<EntityMention> named = article.mentionsIn(previous.start(), previous.end()).stream()
                    .filter(m -> !m.entityId().equals(otherId))
                    .toList();
            if (!named.isEmpty()) {
                return party(named.get(0));
            }
        }
        return null;
    }

    private static Party party(EntityMention mention) {
        return Party.of(mention.entityId(), mention.name() == null ? mention.surface() : mention.name());
    }

    private static DealStage stage(Clause clause) {
        String content = clause.content();
        for (DealStage stage : STAGE_PRECEDENCE) {
            if (clause.lexicon.stages.get(stage).matcher(content).find()) {
                return stage;
            }
        }
        return DealStage.ANNOUNCED;
    }

    private static List<Deal> deduplicate(List<Found> found) {
        List<Deal> kept = new ArrayList<>();
        for (Found f : found) {
            Deal deal = f.deal();
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
        BigDecimal x = a.amountUsd() != null && b.amountUsd() != null ? a.amountUsd() : a.amount();
        BigDecimal y = a.amountUsd() != null && b.amountUsd() != null ? b.amountUsd()
                : a.currency().equals(b.currency()) ? b.amount() : null;
        if (y == null) {
            return false;
        }
        BigDecimal larger = x.max(y);
        return larger.signum() == 0
                || x.subtract(y).abs().compareTo(larger.multiply(SAME_AMOUNT_TOLERANCE)) <= 0;
    }

    private static Deal merge(Deal first, Deal later) {
        DealStage stage = STAGE_STRENGTH.get(later.stage()) > STAGE_STRENGTH.get(first.stage())
                ? later.stage() : first.stage();
        Deal base = first.investor() == null && later.investor() != null ? later : first;
        return new Deal(base.investor(), base.target(), base.amount(), base.amountHigh(), base.currency(),
                base.amountUsd(), base.qualifier(), base.type(), stage, base.evidence(), base.start(), base.end());
    }
}

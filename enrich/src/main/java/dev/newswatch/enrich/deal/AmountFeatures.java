package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EntityMention;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The features of the amounts the rules leave without a deal, and of the company mentions around each, for the
 * learned backstop ({@link DealBackstop}). The same code gives the rows a model is trained on ({@code newswatch
 * features}) and the features it scores at run time, so the two never drift apart. Features are names (a feature
 * is present or not); the model's weights say what each is worth. Stateless.
 */
final class AmountFeatures {

    /** Amounts below this many US dollars are never read as deals by the backstop. */
    static final BigDecimal MIN_USD = new BigDecimal("1000000");
    /** How many words on each side of an amount are features of it. */
    private static final int WINDOW = 6;
    /** An amount within this share of a rule deal's amount in its sentence is that deal's money (converted). */
    private static final BigDecimal SAME_SENTENCE_TOLERANCE = new BigDecimal("0.20");
    /** An amount within this share of a rule deal's amount anywhere in the article is that deal's money. */
    private static final BigDecimal ARTICLE_TOLERANCE = new BigDecimal("0.03");
    private static final Set<CueKind> ANCHORS = EnumSet.complementOf(EnumSet.of(CueKind.TALKS, CueKind.SUPPLY));

    private AmountFeatures() {
    }

    /**
     * What the rules read of an article: its text as read ({@code text}) and lower-cased ({@code lower}), its
     * sentences with their amounts and cues (a sentence's cues may be null when the rules did not read them), and
     * the company mentions in text order, the provisional names the rules read included.
     */
    record Context(String text, String lower, String language, DealLexicon lexicon, CueScanner cueScanner,
                   List<Sentence> sentences, List<List<MoneyMention>> moneyBySentence, List<List<Cue>> cuesBySentence,
                   List<EntityMention> mentions, Predicate<String> investsOnly, Predicate<String> isGovernment,
                   UsdRates rates) {

        List<Cue> cues(int sentence) {
            List<Cue> cues = cuesBySentence.get(sentence);
            if (cues == null) {
                cues = cueScanner.cues(sentences.get(sentence), moneyBySentence.get(sentence));
                cuesBySentence.set(sentence, cues);
            }
            return cues;
        }

        List<EntityMention> mentionsIn(Sentence sentence) {
            return mentions.stream().filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
        }
    }

    /**
     * The amounts of at least {@link #MIN_USD} (a conversion of the amount before it left out), in text order, each
     * with its features, the company mentions that may be its target or investor, and whether a deal of {@code
     * ruleDeals} carries it (the same amount, or its conversion in the same sentence); the carried ones only when
     * {@code carriedToo} (for training). The features do not depend on the rule deal of the amount itself, so that a
     * model can learn from the amounts the rules read too.
     */
    static List<AmountCase> cases(Context context, List<Deal> ruleDeals, boolean carriedToo) {
        List<AmountCase> cases = new ArrayList<>();
        Map<String, Integer> timesNamed = new HashMap<>();
        for (EntityMention m : context.mentions()) {
            timesNamed.merge(m.entityId(), 1, Integer::sum);
        }
        String mostNamed = timesNamed.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(null);
        Set<String> inTitle = new HashSet<>();
        if (!context.sentences().isEmpty()) {
            context.mentionsIn(context.sentences().get(0)).forEach(m -> inTitle.add(m.entityId()));
        }
        BigDecimal largest = BigDecimal.ZERO;
        List<BigDecimal> seen = new ArrayList<>();
        for (List<MoneyMention> money : context.moneyBySentence()) {
            for (MoneyMention m : money) {
                BigDecimal usd = context.rates().toUsd(m.amount(), m.currency());
                if (usd != null && usd.compareTo(largest) > 0) {
                    largest = usd;
                }
            }
        }
        Article article = new Article(context, timesNamed, mostNamed, inTitle, largest, ruleDeals);
        for (int i = 0; i < context.sentences().size(); i++) {
            List<MoneyMention> money = context.moneyBySentence().get(i);
            for (MoneyMention amount : money) {
                BigDecimal usd = context.rates().toUsd(amount.amount(), amount.currency());
                if (usd == null || usd.compareTo(MIN_USD) < 0) {
                    continue;
                }
                boolean repeated = seen.stream().anyMatch(s -> close(s, usd, ARTICLE_TOLERANCE));
                seen.add(usd);
                Sentence sentence = context.sentences().get(i);
                if (DealExtractor.isConversion(context.lower(), context.lexicon(), money, amount)) {
                    continue;
                }
                Deal carrier = carrier(ruleDeals, sentence, usd);
                if (carrier == null || carriedToo) {
                    cases.add(amountCase(article, sentence, amount, usd, repeated, carrier));
                }
            }
        }
        return cases;
    }

    /** What every amount of one article shares. */
    private record Article(Context context, Map<String, Integer> timesNamed, String mostNamed, Set<String> inTitle,
                           BigDecimal largest, List<Deal> ruleDeals) {

        /** The rule deals other than the one that carries the amount: what the rules read of the rest of the page. */
        List<Deal> others(Deal carrier) {
            return carrier == null ? ruleDeals : ruleDeals.stream().filter(d -> d != carrier).toList();
        }
    }

    /** The rule deal that carries an amount: one of its sentence first, else one of the same amount; or null. */
    private static Deal carrier(List<Deal> ruleDeals, Sentence sentence, BigDecimal usd) {
        Deal elsewhere = null;
        for (Deal deal : ruleDeals) {
            if (deal.amountUsd() == null) {
                continue;
            }
            boolean sameSentence = deal.start() <= sentence.start() && deal.end() >= sentence.end();
            if (sameSentence && close(deal.amountUsd(), usd, SAME_SENTENCE_TOLERANCE)) {
                return deal;
            }
            if (elsewhere == null && close(deal.amountUsd(), usd, ARTICLE_TOLERANCE)) {
                elsewhere = deal;
            }
        }
        return elsewhere;
    }

    private static boolean close(BigDecimal x, BigDecimal y, BigDecimal tolerance) {
        return x.subtract(y).abs().compareTo(x.abs().max(y.abs()).multiply(tolerance)) <= 0;
    }

    private static AmountCase amountCase(Article article, Sentence sentence, MoneyMention amount, BigDecimal usd,
                                         boolean repeated, Deal carrier) {
        Context context = article.context();
        String lang = context.language() == null ? "en" : context.language();
        List<Cue> cues = context.cues(sentence.index());
        List<MoneyMention> money = context.moneyBySentence().get(sentence.index());
        List<EntityMention> sentenceMentions = context.mentionsIn(sentence);
        List<Token> words = Token.of(context.lower(), sentence.start(), sentence.end()).stream()
                .filter(Token::word).toList();
        int before = 0;
        while (before < words.size() && words.get(before).end() <= amount.start()) {
            before++;
        }
        int after = before;
        while (after < words.size() && words.get(after).start() < amount.end()) {
            after++;
        }
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("lang=" + lang);
        int magnitude = usd.setScale(0, RoundingMode.DOWN).precision() - 1;
        f.add("mag=" + Math.min(magnitude, 12));
        f.add("mag=" + Math.min(magnitude, 12) + "|" + lang);
        f.add("usd=" + "USD".equals(amount.currency()));
        f.add("qual=" + amount.qualifier());
        f.add("sent=" + bucket(sentence.index(), 0, 1, 2, 3, 4, 7, 13));
        f.add("amounts=" + bucket((int) money.stream().filter(m -> {
            BigDecimal u = context.rates().toUsd(m.amount(), m.currency());
            return u != null && u.compareTo(MIN_USD) >= 0;
        }).count(), 1, 2, 3, 5));
        f.add("mentions=" + bucket(sentenceMentions.size(), 0, 1, 2, 3, 5));
        if (usd.compareTo(article.largest()) >= 0) {
            f.add("largest");
        }
        if (repeated) {
            f.add("repeated");
        }
        List<Deal> others = article.others(carrier);
        f.add("otherDeals=" + bucket(others.size(), 0, 1, 2, 4));
        if (others.stream().anyMatch(d -> d.start() <= sentence.start() && d.end() >= sentence.end())) {
            f.add("otherDealHere");
        }
        for (Cue cue : cues) {
            f.add("cue=" + cue.kind());
            f.add("cue=" + cue.kind() + "|" + lang);
            int at = wordIndex(words, cue.start());
            if (at < before && before - at <= WINDOW) {
                f.add("cueBefore=" + cue.kind());
            } else if (at >= after && at - after < WINDOW) {
                f.add("cueAfter=" + cue.kind());
            }
        }
        if (cues.stream().noneMatch(c -> ANCHORS.contains(c.kind()))) {
            f.add("noAnchor");
        }
        Clause clause = new Clause(context.lower(), sentence.start(), sentence.end(), context.lexicon(), cues, money,
                sentenceMentions);
        if (DistractorFilter.isDistractor(clause, amount)) {
            f.add("distractor");
        }
        // "had already raised", "so far": a total told as background is seldom a deal of the article
        f.add("stage=" + DealExtractor.stage(clause));
        for (int k = Math.max(0, before - WINDOW); k < before; k++) {
            f.add("wb=" + word(context.lower(), words.get(k)));
        }
        for (int k = after; k < Math.min(words.size(), after + WINDOW); k++) {
            f.add("wa=" + word(context.lower(), words.get(k)));
        }
        f.add("w1b=" + (before > 0 ? word(context.lower(), words.get(before - 1)) : "^"));
        f.add("w1a=" + (after < words.size() ? word(context.lower(), words.get(after)) : "$"));
        return new AmountCase(amount, usd, sentence, carrier, List.copyOf(f),
                candidates(article, sentence, amount, words, before, after, cues, others));
    }

    /**
     * The company mentions that may be the parties of {@code amount}: the nearest mention of each entity of its
     * sentence, then of the sentence before, then the entities of the title and the entity the article names most
     * (each entity once, where it is met first in that order).
     */
    private static List<MentionCase> candidates(Article article, Sentence sentence, MoneyMention amount,
                                                List<Token> words, int before, int after, List<Cue> cues,
                                                List<Deal> others) {
        Set<String> otherTargets = new HashSet<>();
        Set<String> otherInvestors = new HashSet<>();
        for (Deal deal : others) {
            if (deal.target() != null) {
                otherTargets.add(deal.target().id());
            }
            if (deal.investor() != null) {
                otherInvestors.add(deal.investor().id());
            }
        }
        Context context = article.context();
        Map<String, Place> places = new LinkedHashMap<>();
        for (EntityMention m : context.mentionsIn(sentence)) {
            Place known = places.get(m.entityId());
            if (known == null || distance(m, amount) < distance(known.mention(), amount)) {
                places.put(m.entityId(), new Place(m, m.end() <= amount.start() ? "before" : "after"));
            }
        }
        if (sentence.index() > 0) {
            Sentence previous = context.sentences().get(sentence.index() - 1);
            for (EntityMention m : context.mentionsIn(previous)) {
                places.putIfAbsent(m.entityId(), new Place(m, "prev"));
            }
        }
        for (EntityMention m : context.mentions()) {
            if (article.inTitle().contains(m.entityId()) && m.start() < sentence.start()) {
                places.putIfAbsent(m.entityId(), new Place(m, "title"));
            }
        }
        for (EntityMention m : context.mentions()) {
            if (m.entityId().equals(article.mostNamed())) {
                places.putIfAbsent(m.entityId(), new Place(m, "most"));
                break;
            }
        }
        List<Place> kept = new ArrayList<>(places.values());
        EntityMention closest = kept.stream().map(Place::mention)
                .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end())
                .min((a, b) -> Integer.compare(distance(a, amount), distance(b, amount)))
                .orElse(null);
        String lang = context.language() == null ? "en" : context.language();
        Cue anchor = nearestAnchor(cues, amount);
        boolean sentenceHasAny = closest != null;
        List<MentionCase> out = new ArrayList<>();
        for (int n = 0; n < kept.size(); n++) {
            EntityMention m = kept.get(n).mention();
            String side = kept.get(n).side();
            boolean inSentence = side.equals("before") || side.equals("after");
            List<String> f = new ArrayList<>();
            f.add("c:bias");
            f.add("c:side=" + side);
            f.add("c:side=" + side + "|" + lang);
            f.add("c:side=" + side + "|" + sentenceHasAny);
            List<Token> fromWords = words;
            if (inSentence) {
                int at = wordIndex(words, m.start());
                int dist = side.equals("before") ? before - at : at - after;
                String d = bucket(Math.max(dist, 0), 0, 1, 2, 4, 7, 11, 21);
                f.add("c:dist=" + d);
                f.add("c:dist=" + side + d);
                for (Cue cue : cues) {
                    int lo = Math.min(m.end(), amount.start());
                    int hi = Math.max(m.start(), amount.end());
                    if (cue.start() >= lo && cue.end() <= hi) {
                        f.add("c:cueBetween=" + cue.kind());
                    }
                }
                if (anchor != null) {
                    String relation = anchor.kind() + "|" + (m.end() <= anchor.start() ? "before" : "after");
                    f.add("c:anchor=" + relation);
                    f.add("c:anchor=" + relation + "|" + lang);
                }
                if (m == closest) {
                    f.add("c:closest");
                }
            } else {
                Sentence own = context.sentences().stream().filter(x -> x.contains(m.start())).findFirst()
                        .orElse(sentence);
                fromWords = Token.of(context.lower(), own.start(), own.end()).stream().filter(Token::word).toList();
            }
            int first = wordIndex(fromWords, m.start());
            f.add("c:wb=" + (first > 0 ? word(context.lower(), fromWords.get(first - 1)) : "^"));
            int last = wordIndex(fromWords, m.end());
            f.add("c:wa=" + (last < fromWords.size() ? word(context.lower(), fromWords.get(last)) : "$"));
            if (first <= 1) {
                f.add("c:opens");
            }
            if (n == 0) {
                f.add("c:first");
            }
            f.add("c:named=" + bucket(article.timesNamed().getOrDefault(m.entityId(), 0), 1, 2, 3, 6));
            if (m.entityId().equals(article.mostNamed())) {
                f.add("c:most");
            }
            if (article.inTitle().contains(m.entityId())) {
                f.add("c:title");
            }
            f.add("c:prov=" + m.provisional());
            if (context.investsOnly().test(m.entityId())) {
                f.add("c:investsOnly");
            }
            if (context.isGovernment().test(m.entityId())) {
                f.add("c:gov");
            }
            f.add("c:n=" + bucket(kept.size(), 1, 2, 3, 5));
            if (otherTargets.contains(m.entityId())) {
                f.add("c:otherTarget");
            }
            if (otherInvestors.contains(m.entityId())) {
                f.add("c:otherInvestor");
            }
            out.add(new MentionCase(m, List.copyOf(f)));
        }
        return out;
    }

    /** A candidate mention and where it stands: before or after the amount in its sentence, or elsewhere. */
    private record Place(EntityMention mention, String side) {
    }

    private static Cue nearestAnchor(List<Cue> cues, MoneyMention amount) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue cue : cues) {
            if (!ANCHORS.contains(cue.kind())) {
                continue;
            }
            int d = cue.end() <= amount.start() ? amount.start() - cue.end() : Math.max(0, cue.start() - amount.end());
            if (d < bestDistance) {
                best = cue;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The cue nearest to the amount that can anchor a deal, or null: it gives the type of a learned deal. */
    static Cue anchorOf(AmountCase amountCase, Context context) {
        return nearestAnchor(context.cues(amountCase.sentence().index()), amountCase.amount());
    }

    private static int distance(EntityMention m, MoneyMention amount) {
        return m.end() <= amount.start() ? amount.start() - m.end() : Math.max(0, m.start() - amount.end());
    }

    /** The index of the first word that ends after {@code offset}. */
    private static int wordIndex(List<Token> words, int offset) {
        int i = 0;
        while (i < words.size() && words.get(i).end() <= offset) {
            i++;
        }
        return i;
    }

    private static String word(String lower, Token token) {
        String w = lower.substring(token.start(), token.end());
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return "<num>";
            }
        }
        return w;
    }

    /** The lowest of {@code edges} (ascending) that {@code value} reaches, as "3+", or the value below the first. */
    private static String bucket(int value, int... edges) {
        String out = "<" + edges[0];
        for (int edge : edges) {
            if (value >= edge) {
                out = edge + "+";
            }
        }
        return out;
    }

    /**
     * An amount of an article: its money, the US-dollar value, its sentence, the rule deal that carries it (null when
     * none does), its features, and the company mentions that may be its parties.
     */
    record AmountCase(MoneyMention amount, BigDecimal usd, Sentence sentence, Deal carrier, List<String> features,
                      List<MentionCase> candidates) {

        /** Whether a rule deal carries the amount ({@code carrier}, null when none does). */
        boolean carried() {
            return carrier != null;
        }
    }

    /** A company mention that may be a party of an amount, with its features. */
    record MentionCase(EntityMention mention, List<String> features) {
    }
}

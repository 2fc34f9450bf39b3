package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Chooses the deal word an amount belongs to, and the others to try when it names no target. Stateless.
 */
final class AnchorChooser {

    /** A cue further than this many words from the amount is about something else. */
    private static final int MAX_CUE_DISTANCE = 25;
    /** Words at most from a paying verb to the contract noun it awards ("adjudicó a X un contrato"). */
    private static final int AWARDED_CONTRACT_WORDS = 8;
    private static final int SALE_GOVERNS_NOUN_WORDS = 5;
    /** Words from a relative pronoun to the deal verb it opens, the pronoun included ("que ya recaudó"). */
    private static final int RELATIVE_VERB_WORDS = 3;
    /** Words from an amount to the round noun that says what it is ("$6bn in direct funding"). */
    private static final int NOUN_AFTER_AMOUNT_WORDS = 2;
    /** "that Zentrix raised", "die Zentrix im Mai einnahm": the most words from a relative pronoun to its deal verb. */
    private static final int RELATIVE_CLAUSE_WORDS = 4;
    private static final Set<Marker> COUNTERPARTS = EnumSet.of(Marker.WITH, Marker.FROM, Marker.TO);
    /** "granted Zentrix a $200m loan": the most words from a lending verb to the loan it grants. */
    private static final int LENDER_TO_LOAN_WORDS = 8;
    /** ", y la compra de": the most words from the comma before a later list item to its deal word. */
    private static final int ITEM_JOIN_WORDS = 2;
    /** ", a company backed by", ", which is backed by": the most words from the aside's comma to its word of backing. */
    private static final int BACKER_ASIDE_WORDS = 4;

    private AnchorChooser() {
    }

    /**
     * The deal word the amount belongs to: the nearest one in the clause; a weak word ("deal", "accordo")
     * that names no counterpart of its own defers to the nearest strong one, and a sale verb governs a
     * following "stake".
     */
    static List<Cue> anchors(Clause clause, MoneyMention amount) {
        List<Cue> usable = clause.cues.stream()
                .filter(c -> c.kind().anchors() && (clause.distance(c, amount) <= MAX_CUE_DISTANCE
                        || awardsAContractInReach(clause, c, amount)))
                .filter(c -> !relativeWithOwnAmount(clause, c, amount))
                .filter(c -> !laterItemWithOwnAmount(clause, c, amount))
                .filter(c -> !backersInAnAside(clause, c, amount))
                .sorted(Comparator.comparingInt(c -> distance(clause, c, amount)))
                .toList();
        if (usable.isEmpty()) {
            return List.of();
        }
        // "Meta bought 49% of X for $14bn and hired its founder": a deal verb that a conjunction joins right after the
        // amount opens another predicate; a deal word before the amount governs it
        if (usable.stream().anyMatch(c -> c.end() <= amount.start())) {
            usable = usable.stream().filter(c -> !coordinatedRightAfter(clause, c, amount)).toList();
        }
        Cue first = preferred(clause, usable, amount);
        List<Cue> ordered = new ArrayList<>();
        ordered.add(first);
        usable.stream().filter(c -> c != first).forEach(ordered::add);
        return ordered;
    }

    /**
     * "Y ha adjudicado a X un contrato para ... (a long description of the goods) ... por un importe de N": a paying verb
     * whose contract noun follows it within {@value #AWARDED_CONTRACT_WORDS} words reaches the amount as far as that
     * noun does; the verb names the payer and the one paid, the noun alone names neither.
     */
    private static boolean awardsAContractInReach(Clause clause, Cue verb, MoneyMention amount) {
        if (verb.kind() != CueKind.PAY_VERB || verb.end() > amount.start()) {
            return false;
        }
        return clause.cues.stream()
                .filter(c -> c.kind() == CueKind.CONTRACT_NOUN && c.start() >= verb.end() && c.end() <= amount.start())
                .anyMatch(c -> clause.wordsBetween(verb.end(), c.start()) <= AWARDED_CONTRACT_WORDS
                        && clause.distance(c, amount) <= MAX_CUE_DISTANCE);
    }

    /**
     * "Zentrix was acquired by Korvia, a company backed by Y, for $300m", "..., which is backed by Y, for $300m": a
     * word of backing ({@code backedBy}) in an aside of at most {@value #BACKER_ASIDE_WORDS} words before it, closed
     * before the amount, describes the name before the aside; the amount belongs to a deal word before the aside.
     * False when the clause has no deal word before the aside.
     */
    private static boolean backersInAnAside(Clause clause, Cue cue, MoneyMention amount) {
        if (clause.lexicon.backedBy == null || cue.end() > amount.start()
                || !clause.lexicon.backedBy.matcher(clause.text).region(cue.start(), amount.start()).lookingAt()) {
            return false;
        }
        int open = clause.text.lastIndexOf(',', cue.start() - 1);
        int close = clause.text.indexOf(',', cue.end());
        if (open < clause.start || close < 0 || close >= amount.start()
                || clause.wordsBetween(open, cue.start()) > BACKER_ASIDE_WORDS
                || clause.text.substring(open, cue.start()).chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return clause.cues.stream().anyMatch(c -> c != cue && c.kind().anchors() && c.end() <= open);
    }

    /**
     * Whether {@code cue} is a deal verb with only a conjunction ("and", "und", "et", "e", "y") and at most one word
     * (an auxiliary: "et a obtenu", "e ha ottenuto") between {@code amount} and it.
     */
    private static boolean coordinatedRightAfter(Clause clause, Cue cue, MoneyMention amount) {
        if (cue.start() < amount.end() || !(cue.kind() == CueKind.RAISE_VERB || cue.kind() == CueKind.ACQ_VERB
                || cue.kind() == CueKind.PAY_VERB)) {
            return false;
        }
        Matcher join = clause.lexicon.listJoin.matcher(clause.text).region(amount.end(), cue.start());
        return join.find() && join.group().indexOf(',') < 0
                && clause.text.substring(amount.end(), join.start()).isBlank();
    }

    /**
     * A purchase verb right after the language's {@code purposeBefore} word right after the amount ("$4.9bn to
     * acquire"); null when there is none.
     */
    private static Cue purchaseAfter(Clause clause, MoneyMention amount) {
        return clause.cues.stream()
                .filter(c -> c.kind() == CueKind.ACQ_VERB && c.type() == DealType.ACQUISITION
                        && c.start() > amount.end())
                .filter(c -> clause.lexicon.purposeBefore.matcher(clause.text).region(amount.end(), c.start())
                        .matches())
                .findFirst().orElse(null);
    }

    /**
     * "... una ronda de 20.000 millones y la startup X, que recaudó una ronda de 250 millones": a deal verb after the
     * amount that opens a relative clause ("que", "which", "qui" right before it) and has an amount of its own after
     * it belongs to that amount.
     */
    private static boolean relativeWithOwnAmount(Clause clause, Cue cue, MoneyMention amount) {
        if (cue.start() < amount.end() || clause.money.stream().noneMatch(m -> m.start() >= cue.end())) {
            return false;
        }
        List<Token> tokens = clause.tokens;
        for (int i = 1; i < tokens.size(); i++) {
            Token comma = tokens.get(i - 1);
            Token t = tokens.get(i);
            if (t.start() > amount.end() && t.end() <= cue.start() && !comma.word()
                    && clause.text.charAt(comma.start()) == ','
                    && clause.wordsBetween(t.start(), cue.start()) <= RELATIVE_VERB_WORDS
                    && clause.lexicon.relativeAfter.matcher(clause.text).region(t.start(), cue.start()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "la escisión de X por N, que terminó en julio, y la compra de Y por Z en M": a deal word that opens a later
     * item of a list (a comma, then "and" at most {@value #ITEM_JOIN_WORDS} words before it) and has an amount of its
     * own after it, before any other deal word, belongs to that amount, not to an amount of an earlier item.
     */
    private static boolean laterItemWithOwnAmount(Clause clause, Cue cue, MoneyMention amount) {
        if (cue.start() < amount.end()) {
            return false;
        }
        int nextCue = clause.cues.stream().filter(c -> c.start() >= cue.end()).mapToInt(Cue::start).min()
                .orElse(clause.end);
        if (clause.money.stream().noneMatch(m -> m.start() >= cue.end() && m.end() <= nextCue)) {
            return false;
        }
        Token comma = null;
        for (Token t : clause.tokens) {
            if (t.start() >= amount.end() && t.end() <= cue.start() && !t.word() && clause.text.charAt(t.start()) == ',') {
                comma = t;
            }
        }
        if (comma == null) {
            return false;
        }
        int from = comma.end();
        return clause.lexicon.conjunctionOpening.matcher(clause.text).region(from, cue.start()).lookingAt()
                && clause.wordsBetween(from, cue.start()) <= ITEM_JOIN_WORDS;
    }

    /**
     * A deal verb after the amount that closes a relative clause opened right after it (a comma allowed) within
     * {@value #RELATIVE_CLAUSE_WORDS} words; null when there is none.
     */
    private static Cue verbOfRelativeAfter(Clause clause, List<Cue> usable, MoneyMention amount) {
        Matcher relative = clause.lexicon.relativeAfter.matcher(clause.text).region(amount.end(), clause.end);
        if (!relative.lookingAt()) {
            return null;
        }
        int opened = relative.end();
        return usable.stream()
                .filter(c -> c.start() >= opened && c.kind().strong()
                        && (c.kind() == CueKind.RAISE_VERB || c.kind() == CueKind.PAY_VERB
                                || c.kind() == CueKind.ACQ_VERB)
                        && clause.wordsBetween(opened, c.start()) <= RELATIVE_CLAUSE_WORDS
                        && clause.tokens.stream().noneMatch(t -> t.start() >= opened && t.end() <= c.start()
                                && t.isClausePunctuation(clause.text)))
                .min(Comparator.comparingInt(Cue::start)).orElse(null);
    }

    /**
     * Words between the cue and the amount; a cue after the amount and a comma counts as far ("X bought A for
     * $69bn, Y bought B for $8bn": the second "bought" is not the first amount's), and so does a cue after a
     * conjunction right after the amount, which opens a clause of its own ("X bought 49% of Y for $14bn and secured
     * its founder", "... e si è assicurata il fondatore", "... und sicherte sich den Gründer"), and so does an
     * infinitive after a preposition of time ({@code verbOpeningPrepositions}: "por N tras recibir").
     */
    private static int distance(Clause clause, Cue cue, MoneyMention amount) {
        int words = clause.distance(cue, amount);
        boolean afterComma = cue.start() >= amount.end() && clause.tokens.stream()
                .anyMatch(t -> t.start() >= amount.end() && t.end() <= cue.start() && t.isClausePunctuation(clause.text));
        boolean afterConjunction = cue.start() >= amount.end()
                && clause.lexicon.conjunctionOpening.matcher(clause.text).region(amount.end(), cue.start()).lookingAt();
        // "Microsoft culmina la adquisición de X por N tras recibir la autorización": an infinitive after a preposition
        // of time is another clause's verb
        boolean afterPreposition = cue.start() >= amount.end() && clause.lexicon.verbOpeningPreposition != null
                && clause.lexicon.verbOpeningPreposition.matcher(clause.text).region(amount.end(), cue.start()).matches();
        return afterComma || afterConjunction || afterPreposition ? words + MAX_CUE_DISTANCE : words;
    }

    private static Cue preferred(Clause clause, List<Cue> usable, MoneyMention amount) {
        Cue relative = verbOfRelativeAfter(clause, usable, amount);
        if (relative != null) {
            // "the $13bn that Zentrix raised in May", "die 13 Mrd. Dollar, die Zentrix im Mai einnahm": the relative
            // clause on the amount says whose it is, whatever deal word stands as near before it
            return relative;
        }
        Cue nearest = usable.get(0);
        if (!nearest.kind().strong() && !hasOwnCounterpart(clause, nearest)) {
            // not a strong word past the amount and a comma ("a deal worth $6.5bn, the latest of the deals X
            // signed to secure power": "secure" is another clause's)
            Cue strong = usable.stream()
                    .filter(c -> c.kind().strong() && distance(clause, c, amount) <= MAX_CUE_DISTANCE)
                    .findFirst().orElse(null);
            if (strong != null) {
                nearest = strong;
            }
        }
        if (nearest.kind() == CueKind.PAY_VERB && nearest.type() == DealType.CONTRACT
                && nearest.end() <= amount.start() && clause.lexicon.purposeBefore != null) {
            // "AMD will pay $4.9bn to acquire ZT Systems, ... to rival Nvidia": the purchase the money is paid for
            Cue purpose = purchaseAfter(clause, amount);
            if (purpose != null) {
                return purpose;
            }
        }
        Cue lending = lendingVerbOf(clause, nearest);
        if (lending != null) {
            // "X granted Y a $200m loan", "X ha concesso a Y un prestito di N": the lender pays, the loan is Y's
            return lending;
        }
        Cue participle = payVerbNamingRecipient(clause, nearest, amount);
        if (participle != null) {
            return participle;
        }
        if (nearest.kind() == CueKind.INV_NOUN) {
            Cue head = nearest;
            Cue sale = clause.cues.stream()
                    .filter(c -> c.kind() == CueKind.SALE && c.end() <= head.start())
                    .filter(c -> clause.wordsBetween(c.end(), head.start()) <= SALE_GOVERNS_NOUN_WORDS)
                    .findFirst().orElse(null);
            if (sale != null) {
                return sale;
            }
        }
        return nearest;
    }

    /**
     * A loan noun ({@code loans}) whose clause has a pay verb shortly before it with no punctuation between ("X
     * granted Y a $200m loan", "X gewährte Y einen Kredit über N", "X a accordé à Y un prêt de N"): the verb that
     * grants the loan, whose subject lends, rather than the noun, whose subject would be the borrower. Null when
     * there is none.
     */
    private static Cue lendingVerbOf(Clause clause, Cue noun) {
        if (noun.kind() != CueKind.ROUND_NOUN || clause.lexicon.loan == null
                || !clause.lexicon.loan.matcher(clause.text).region(noun.start(), noun.end()).matches()) {
            return null;
        }
        return clause.cues.stream()
                .filter(c -> c.kind() == CueKind.PAY_VERB && c.end() <= noun.start()
                        && clause.wordsBetween(c.end(), noun.start()) <= LENDER_TO_LOAN_WORDS
                        && clause.tokens.stream().noneMatch(t -> t.start() >= c.end() && t.end() <= noun.start()
                                && t.isClausePunctuation(clause.text)))
                .max(Comparator.comparingInt(Cue::start)).orElse(null);
    }

    /**
     * "Up to $6bn in direct funding awarded to X": a round noun right after the amount, followed at once by a pay
     * verb that names the one paid ("awarded to X"), is told by that verb, not by the round noun (whose raiser would
     * be the company of the sentences before). Null when there is no such verb.
     */
    private static Cue payVerbNamingRecipient(Clause clause, Cue noun, MoneyMention amount) {
        if (noun.kind() != CueKind.ROUND_NOUN || noun.start() < amount.end()
                || clause.wordsBetween(amount.end(), noun.start()) > NOUN_AFTER_AMOUNT_WORDS) {
            return null;
        }
        Cue verb = clause.cues.stream()
                .filter(c -> c.kind() == CueKind.PAY_VERB && c.start() >= noun.end()
                        && clause.wordsBetween(noun.end(), c.start()) == 0)
                .findFirst().orElse(null);
        if (verb == null) {
            return null;
        }
        int nextCue = clause.cues.stream().filter(c -> c.start() >= verb.end()).mapToInt(Cue::start).min()
                .orElse(clause.end);
        return clause.firstBetween(verb, EnumSet.of(Marker.TO), null, verb.end(), nextCue) != null ? verb : null;
    }

    private static boolean hasOwnCounterpart(Clause clause, Cue weak) {
        int nextCue = clause.cues.stream().filter(c -> c.start() >= weak.end()).mapToInt(Cue::start).min()
                .orElse(clause.end);
        return clause.firstBetween(weak, COUNTERPARTS, null, weak.end(), nextCue) != null;
    }
}

package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells amounts that are not deals from those that may be: the few words around an amount say whether it
 * is a valuation ("at a $157bn valuation", "valutata 500 miliardi"), revenue, a loss, a market value, a
 * fine, a saving, a price, a salary, GDP or a budget. A deal "valued at" an amount is the deal's amount,
 * not a valuation. The window before the amount stops at clause punctuation and at another amount; words
 * just before the next amount belong to it ("$10bn at a $200bn valuation"). Stateless.
 */
final class DistractorFilter {

    private static final int CONTEXT_WORDS_BEFORE = 6;
    /** How far before the amount a valuation verb with its object may stand ("valora a la compañía canadiense en"). */
    private static final int FAR_DISTRACTOR_WORDS = 12;
    private static final int CONTEXT_WORDS_AFTER = 4;
    /** How far before the amount a deal noun may stand, across a comma, to keep "valued at" a deal's amount. */
    private static final int DEAL_NOUN_CHARS = 40;
    /** A distractor this many words or fewer before a later amount belongs to that amount. */
    private static final int LATER_AMOUNT_WORDS = 8;
    /** How many words a description may put between a deal noun and "valued at" ("a six-year cloud deal valued at"). */
    private static final int DESCRIBED_DEAL_NOUN_WORDS = 14;
    /** "the acquisition of the start-up X": words from a deal noun to the name it is of. */
    private static final int NAME_AFTER_DEAL_NOUN_WORDS = 3;
    /** "$34.10 per share": how far after an amount the word making it the price of a part is looked for. */
    private static final int PART_PRICE_CHARS = 24;
    private static final Pattern COMMA_AT_END = Pattern.compile(",\\s*$");

    private DistractorFilter() {
    }

    /** Whether the words around the amount make it a valuation, revenue, fine and the like. */
    static boolean isDistractor(Clause clause, MoneyMention amount) {
        String text = clause.text;
        if (objectOfVerbBefore(clause, amount)) {
            return true;
        }
        if (clause.lexicon.fundSize != null && amount.end() < clause.end
                && clause.lexicon.fundSize.matcher(text).region(amount.end(), clause.end).lookingAt()) {
            return true;
        }
        int windowStart = windowStart(clause, amount, CONTEXT_WORDS_BEFORE);
        int farStart = windowStart(clause, amount, FAR_DISTRACTOR_WORDS);
        // "buy Y in a deal valuing it at N": the purchase's price, though a valuation verb stands before it
        boolean purchasePrice = isAcquisitionValue(clause, amount, text.substring(windowStart, amount.start()));
        if (!purchasePrice && clause.lexicon.farDistractor.matcher(text).region(farStart, amount.start()).find()) {
            return true;
        }
        int insertStart = purchasePrice ? -1 : insertBefore(clause, farStart, amount);
        if (insertStart >= 0) {
            // "bewertet X in dem Geschäft, von dem es die Hälfte kauft, zugleich mit N": the valuation verb
            // before a clause set off by commas
            int beforeInsert = windowStart(clause, insertStart, FAR_DISTRACTOR_WORDS - clause.wordsBetween(farStart,
                    amount.start()));
            if (clause.lexicon.farDistractor.matcher(text).region(beforeInsert, insertStart).find()) {
                return true;
            }
        }
        // "a €2.95bn ($3.45bn) fine": the same money in another currency right after is read past
        int readFrom = afterConversion(clause, amount);
        int windowEnd = readFrom;
        int nearEnd = readFrom;
        int words = 0;
        boolean nextAmount = false;
        for (Token t : clause.tokens) {
            if (t.start() < readFrom) {
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
        // "The deal, valued at $32bn": a deal noun just before a comma still makes "valued at" the deal's amount
        String dealNounWindow = text.substring(Math.max(clause.start, windowStart - DEAL_NOUN_CHARS), amount.start());
        // Words just before the next amount belong to it ("$10bn at a $200bn valuation").
        int afterEnd = nextAmount ? nearEnd : windowEnd;
        // "for $8bn with the aim of merging it": what the deal is for, no word about the amount
        if (clause.lexicon.purposeAfter != null
                && clause.lexicon.purposeAfter.matcher(text).region(readFrom, clause.end).lookingAt()) {
            afterEnd = readFrom;
        }
        // "raised $220m at an undisclosed valuation": the valuation word tells how the raise was priced
        if (clause.lexicon.valuationAfter != null
                && clause.lexicon.valuationAfter.matcher(text).region(readFrom, clause.end).lookingAt()) {
            afterEnd = readFrom;
        }
        if (purchasePrice || isContractValue(clause, amount, before)) {
            return distractorAfter(clause, readFrom, afterEnd);
        }
        return hasDistractor(clause, windowStart, before, dealNounWindow)
                || distractorAfter(clause, readFrom, afterEnd);
    }

    /** At most this many words (a numeral, an article) between a deal verb and a distracting object noun. */
    private static final int OBJECT_DISTRACTOR_WORDS = 1;

    /**
     * "L'UE ha erogato due multe a X e Y, rispettivamente da N e M", "imposed fines on X and Y worth N and M": the last
     * deal verb before the amount has a noun of {@code objectDistractors} as its object right after it, so the amounts
     * it governs are fines, not deals.
     */
    private static boolean objectOfVerbBefore(Clause clause, MoneyMention amount) {
        if (clause.lexicon.objectDistractor == null) {
            return false;
        }
        Cue verb = clause.cues.stream()
                .filter(c -> (c.kind() == CueKind.PAY_VERB || c.kind() == CueKind.ACQ_VERB
                        || c.kind() == CueKind.RAISE_VERB) && c.end() <= amount.start())
                .max(Comparator.comparingInt(Cue::start)).orElse(null);
        if (verb == null) {
            return false;
        }
        int words = 0;
        for (Token t : clause.tokens) {
            if (t.start() < verb.end()) {
                continue;
            }
            if (!t.word() || t.start() >= amount.start() || words > OBJECT_DISTRACTOR_WORDS) {
                return false;
            }
            if (clause.lexicon.objectDistractor.matcher(clause.text).region(t.start(), clause.end).lookingAt()) {
                return true;
            }
            words++;
        }
        return false;
    }

    /**
     * Where the words after {@code amount} begin: past the same money in another currency written right after it,
     * with its closing bracket ("€2.95bn ($3.45bn)", "€2.95bn, or about $3.45bn"); else the amount's end.
     */
    private static int afterConversion(Clause clause, MoneyMention amount) {
        MoneyMention next = clause.money.stream().filter(m -> m.start() >= amount.end())
                .min(Comparator.comparingInt(MoneyMention::start)).orElse(null);
        if (next == null || next.start() > clause.end || next.currency().equals(amount.currency())
                || !clause.lexicon.conversionGap.matcher(clause.text).region(amount.end(), next.start()).matches()) {
            return amount.end();
        }
        int end = next.end();
        while (end < clause.end && (clause.text.charAt(end) == ')' || clause.text.charAt(end) == ']')) {
            end++;
        }
        return end;
    }

    /**
     * "X agreed to lease servers from Y over three years, with a total value of $2bn": value words ({@code
     * contractValues}) right before the amount, after a renting, leasing or spending verb of the clause, give the
     * contract's amount, not a valuation.
     */
    private static boolean isContractValue(Clause clause, MoneyMention amount, String before) {
        Pattern value = clause.lexicon.contractValue;
        return value != null && value.matcher(before).find() && clause.cues.stream()
                .anyMatch(c -> c.end() <= amount.start() && c.type() == DealType.CONTRACT
                        && (c.kind() == CueKind.ACQ_VERB || c.kind() == CueKind.PAY_VERB));
    }

    /**
     * "X agreed to buy Y in a deal that values it at $6.6bn", "for $34 a share, implying an enterprise value of
     * $24.6bn": value words ({@code acquisitionValues}) right before the amount, after a buying word or a verb of
     * paying of the clause, give the purchase's price, not a valuation, when every amount between the buying word and it is a price of
     * one share or the like (a distractor right after it, before any punctuation).
     */
    private static boolean isAcquisitionValue(Clause clause, MoneyMention amount, String before) {
        Pattern value = clause.lexicon.acquisitionValue;
        if (value == null || !value.matcher(before).find()) {
            return false;
        }
        Cue buying = clause.cues.stream()
                .filter(c -> c.end() <= amount.start() && (c.type() == DealType.ACQUISITION
                        || c.kind() == CueKind.PAY_VERB && c.type() == DealType.CONTRACT))
                .findFirst().orElse(null);
        return buying != null && clause.money.stream()
                .filter(m -> m.start() >= buying.end() && m.end() <= amount.start())
                .allMatch(m -> priceOfAPart(clause, m));
    }

    /** Whether a distractor follows the amount before any punctuation ("$34.10 per share", "$12 apiece"). */
    private static boolean priceOfAPart(Clause clause, MoneyMention amount) {
        int end = amount.end();
        while (end < clause.end && end - amount.end() < PART_PRICE_CHARS
                && ",;:.()".indexOf(clause.text.charAt(end)) < 0) {
            end++;
        }
        return clause.lexicon.distractor.matcher(clause.text).region(amount.end(), end).find();
    }

    /**
     * Where a part set off by commas starts (its opening comma) when the words before the amount reach back to its
     * closing comma ({@code windowStart} right after it), it holds no amount, and no deal word stands between it and
     * the amount; else -1.
     */
    private static int insertBefore(Clause clause, int windowStart, MoneyMention amount) {
        String text = clause.text;
        int at = windowStart - 1;
        while (at >= clause.start && Character.isWhitespace(text.charAt(at))) {
            at--;
        }
        int close = at;
        if (close < clause.start || text.charAt(close) != ','
                || clause.cues.stream().anyMatch(c -> c.start() >= close && c.end() <= amount.start())) {
            return -1;
        }
        int open = text.lastIndexOf(',', close - 1);
        if (open < clause.start || clause.money.stream().anyMatch(m -> m.start() > open && m.end() <= close)) {
            return -1;
        }
        return open;
    }

    /** Where the window of up to {@code maxWords} words before the amount starts, within its clause part. */
    private static int windowStart(Clause clause, MoneyMention amount, int maxWords) {
        return windowStart(clause, amount.start(), maxWords);
    }

    /** Where the window of up to {@code maxWords} words before {@code before} starts, within its clause part. */
    private static int windowStart(Clause clause, int before, int maxWords) {
        String text = clause.text;
        int windowStart = before;
        int words = 0;
        for (int i = clause.tokens.size() - 1; i >= 0 && words < maxWords; i--) {
            Token t = clause.tokens.get(i);
            if (t.end() > before) {
                continue;
            }
            if (t.isClausePunctuation(text) || clause.money.stream().anyMatch(m -> t.overlaps(m.start(), m.end()))) {
                break;
            }
            windowStart = t.start();
            words += t.word() ? 1 : 0;
        }
        return windowStart;
    }

    private static boolean hasDistractor(Clause clause, int windowStart, String window, String dealNounWindow) {
        DealLexicon lexicon = clause.lexicon;
        Matcher m = lexicon.distractor.matcher(window);
        // Overlapping distractors are each tried: "portant le total levé à N" is "portant le total", which a deal verb
        // after it would give back to the amount, and "total levé", which holds that verb.
        for (int from = 0; from < window.length() && m.find(from); from = m.start() + 1) {
            int inDealNounWindow = dealNounWindow.length() - window.length() + m.start();
            boolean dealValue = lexicon.valuedAt.matcher(m.group()).matches()
                    && (precededByDealNoun(lexicon, window.substring(0, m.start()))
                    || dealNounBeforeComma(lexicon, dealNounWindow.substring(0, inDealNounWindow))
                    || describedDealNounBefore(clause, windowStart + m.start()));
            if (!dealValue && !ofEarlierAmount(clause, windowStart + m.start())
                    && !beforeVerbOfAmount(clause, windowStart + m.start(), windowStart + m.end(),
                    windowStart + window.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the distractor from {@code at} to {@code end} follows another amount of its clause and a deal verb stands
     * between it and the amount at {@code amountStart}: "$200m in revenue and raised $160m", "200 milioni di ricavi e
     * ha raccolto 160 milioni" tell what the first amount is; the verb says what the second one is.
     */
    private static boolean beforeVerbOfAmount(Clause clause, int at, int end, int amountStart) {
        return clause.money.stream().anyMatch(a -> a.end() <= at && a.start() >= clause.start)
                && dealVerbBetween(clause, end, amountStart);
    }

    /** Whether a verb that raises, pays or buys stands wholly between {@code from} and {@code to}. */
    private static boolean dealVerbBetween(Clause clause, int from, int to) {
        return clause.cues.stream().anyMatch(c -> c.start() >= from && c.end() <= to
                && (c.kind() == CueKind.RAISE_VERB || c.kind() == CueKind.PAY_VERB || c.kind() == CueKind.ACQ_VERB));
    }

    /**
     * Whether the distractor at {@code at} stands right after another amount, of which it tells what it is: "a $1.2bn
     * valuation thanks to a $140m round" makes the first amount a valuation, not the second; so does "1 Md€ de
     * valorisation, Poolside obtient 450 M€" (a short word between: {@code amountLinks} of the lexicon).
     */
    private static boolean ofEarlierAmount(Clause clause, int at) {
        return clause.money.stream().anyMatch(a -> a.end() <= at
                && clause.lexicon.amountLink.matcher(clause.text).region(a.end(), at).matches());
    }

    /**
     * A distractor after the amount, unless a word stands between them and it governs an amount of its own: "$2.1bn in
     * a round valuing the company at $40bn", "raised $800 million in all and lifted its valuation to $9 billion",
     * "un investimento da 2,5 miliardi con valutazione da 40 miliardi". A deal verb between the distractor and the
     * later amount governs that one ("$200m in revenue and raised $160m": the first amount is revenue).
     */
    private static boolean distractorAfter(Clause clause, int from, int to) {
        DealLexicon lexicon = clause.lexicon;
        // transparent: "lässt sich den Deal 4,9 Milliarden kosten" needs the words before the amount to tell a price paid
        Matcher m = lexicon.distractor.matcher(clause.text).region(from, to).useTransparentBounds(true);
        while (m.find()) {
            if (lexicon.valuedAt.matcher(m.group()).matches()
                    && precededByDealNoun(lexicon, clause.text.substring(from, m.start()))) {
                continue;
            }
            int distractorEnd = m.end();
            // "1 Md€ de valorisation, X lève 450 M€": a short word only between tells what the amount itself is
            boolean governsLaterAmount = clause.wordsBetween(from, m.start()) >= 1
                    && !clause.lexicon.amountLink.matcher(clause.text).region(from, m.start()).matches() && clause.money.stream()
                    .anyMatch(a -> a.start() >= distractorEnd
                            && clause.wordsBetween(distractorEnd, a.start()) <= LATER_AMOUNT_WORDS
                            && !dealVerbBetween(clause, distractorEnd, a.start()));
            if (!governsLaterAmount) {
                return true;
            }
        }
        return false;
    }

    /** "The deal, valued at", "el acuerdo con Oracle, valorado en": a deal noun and up to four words, then a comma. */
    private static boolean dealNounBeforeComma(DealLexicon lexicon, String before) {
        Matcher comma = COMMA_AT_END.matcher(before);
        if (!comma.find()) {
            return false;
        }
        String head = before.substring(0, comma.start());
        Matcher noun = lexicon.dealNoun.matcher(head);
        while (noun.find()) {
            if (head.substring(noun.end()).isBlank() || head.substring(noun.end()).trim().split("\\s+").length <= 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * "un acuerdo plurianual de cómputo en la nube valorado en", "la compra del 30% de su capital por parte del grupo
     * tecnológico, valorada en": a deal noun further back, with a description of it and no amount between, is what
     * is valued. Only the nearest deal noun counts. Names between may only be what the deal is of and who makes it
     * ("the purchase of X by Y, valued at", "l'acquisition de X par Y, évaluée à"): a name in any other place
     * ("a deal with X, whose shares are valued at") is valued itself.
     */
    private static boolean describedDealNounBefore(Clause clause, int valuedAt) {
        int from = clause.start;
        for (MoneyMention m : clause.money) {
            if (m.end() <= valuedAt) {
                from = Math.max(from, m.end());
            }
        }
        Matcher noun = clause.lexicon.dealNoun.matcher(clause.text).region(from, valuedAt);
        int nounEnd = -1;
        while (noun.find()) {
            nounEnd = noun.end();
        }
        int nameAfter = nounEnd;
        List<Candidate> sides = nounEnd < 0 ? List.of() : sidesAfterBetween(clause, nounEnd, valuedAt);
        return nounEnd >= 0 && clause.wordsBetween(nounEnd, valuedAt) <= DESCRIBED_DEAL_NOUN_WORDS
                && clause.candidates.stream().noneMatch(c -> !c.anaphor() && c.start() >= nameAfter
                && c.start() < valuedAt && !ofOrByTheDeal(clause, nameAfter, c) && !sides.contains(c));
    }

    /**
     * "la fusione tra X e Y è stata valutata N", "the merger between X and Y, valued at N": the two names right after
     * "between" (lexicon key {@code between}) that follows the deal noun ending at {@code nounEnd}, joined by a
     * conjunction, are the deal's sides, not a company valued. Empty when the noun is not followed so.
     */
    private static List<Candidate> sidesAfterBetween(Clause clause, int nounEnd, int valuedAt) {
        if (clause.lexicon.between == null) {
            return List.of();
        }
        Matcher between = clause.lexicon.between.matcher(clause.text).region(nounEnd, valuedAt);
        if (!between.find() || !clause.text.substring(nounEnd, between.start()).isBlank()) {
            return List.of();
        }
        int after = between.end();
        List<Candidate> pair = clause.candidates.stream().filter(c -> !c.anaphor() && c.start() >= after
                && c.end() <= valuedAt).limit(2).toList();
        if (pair.size() < 2 || !clause.text.substring(after, pair.get(0).start()).isBlank()
                || !clause.lexicon.conjunction.matcher(clause.text.substring(pair.get(0).end(), pair.get(1).start()))
                        .matches()) {
            return List.of();
        }
        return pair;
    }

    /**
     * Whether the name is what a deal noun is of, or its agent: "of X", "by Y", "de X", "por parte de Y", with the
     * first name close to the noun ("el portal de compra y venta de muebles antiguos X" is a description, not a purchase of X).
     */
    private static boolean ofOrByTheDeal(Clause clause, int nounEnd, Candidate name) {
        Marker marker = clause.marker(name, null);
        boolean firstNear = clause.candidates.stream().filter(c -> !c.anaphor() && c.start() >= nounEnd)
                .findFirst().map(c -> clause.wordsBetween(nounEnd, c.start()) <= NAME_AFTER_DEAL_NOUN_WORDS)
                .orElse(false);
        return firstNear && (marker == Marker.OF || marker == Marker.BY);
    }

    /** "a deal valued at $665 million" is the deal's amount, not a company valuation. */
    private static boolean precededByDealNoun(DealLexicon lexicon, String before) {
        return lexicon.dealNoun.matcher(before).find();
    }
}

package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.EntityMention;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who pays in a sale or purchase of goods and services (chips, GPUs, servers, compute capacity, power: lexicon key
 * {@code goods}): the supplier who is paid is the target, the buyer pays. Four constructions, in every language:
 * <ul>
 *   <li>a sale word with goods after it (or, in verb-final German, before it): the subject sells, the name after
 *       {@code soldTo} or the bare object before the goods buys ("AMD agreed to sell Meta chips worth...", "AMD a
 *       accepté de vendre à Meta des puces..."); a supply word read the same way when no contract word takes the
 *       amount ({@link #supplyOfGoods});</li>
 *   <li>a contract whose other side buys goods in a relative clause: "an agreement with Meta, which will buy AMD's
 *       chips", "un accordo con Meta, che acquisterà chip", "a deal under which Meta will buy AMD chips" (Meta pays the
 *       maker, else the contract's subject);</li>
 *   <li>a purchase or paying word with goods whose maker or seller is named: "the purchase of Nvidia chips",
 *       "Nvidia-Chips", "chips de Nvidia", "capacity from Microsoft" (after {@code boughtFrom}), "spend $40bn on Nvidia
 *       chips": the maker or seller is paid by the subject, the possessive before a purchase noun, or, after a fronted
 *       phrase ("Through the purchase of..., Oracle ..."), the first company after it;</li>
 *   <li>a contract for such a purchase ("un accord de 40 milliards pour l'achat de puces Nvidia").</li>
 * </ul>
 * Goods that only describe a company ("the chip start-up X", "al fabricante de chips Intel") or that a company the money
 * goes to buys ("invest $20bn in OpenAI to buy Nvidia chips") make no goods trade. Null when the anchor is none of these
 * or the goods are not within {@value #GOODS_WORDS} words. Stateless.
 */
final class GoodsTrade {

    /** Goods further than this many words from the sale or purchase word are something else. */
    private static final int GOODS_WORDS = 8;
    /** "supply Meta with AI chips worth $60bn": words between a supply word and the amount. */
    private static final int SUPPLY_AMOUNT_WORDS = 10;
    /** Verb-final German: "Rechenkapazität im Wert von 30 Milliarden Dollar von Microsoft zu kaufen". */
    private static final int VERB_FINAL_WORDS = 12;
    /** "chips for artificial intelligence of AMD": words between the goods and the name of their maker. */
    private static final int MAKER_AFTER_WORDS = 4;
    /** "Nvidia's AI chips", "AMD Instinct GPUs": words between the maker and the goods. */
    private static final int MAKER_BEFORE_WORDS = 2;
    /** How far back before a name its {@code soldTo} or {@code boughtFrom} words may start. */
    private static final int PREPOSITION_WINDOW = 24;
    private static final Set<Marker> COUNTERPARTS = EnumSet.of(Marker.WITH, Marker.FROM, Marker.TO);
    private static final Set<CueKind> CONTRACTS = EnumSet.of(CueKind.CONTRACT_NOUN, CueKind.CONTRACT_SET,
            CueKind.PARTNERSHIP);

    private GoodsTrade() {
    }

    static Roles roles(Clause clause, Cue anchor, MoneyMention amount) {
        if (clause.lexicon.goods == null) {
            return null;
        }
        if (anchor.kind() == CueKind.SALE) {
            return sale(clause, anchor);
        }
        if (CONTRACTS.contains(anchor.kind())) {
            Roles roles = relativeBuyer(clause, anchor);
            if (roles == null) {
                Cue sale = clause.cues.stream().filter(c -> c.kind() == CueKind.SALE).findFirst().orElse(null);
                roles = sale == null ? null : sale(clause, sale);
            }
            if (roles == null) {
                // "un accord de 40 milliards pour l'achat de puces Nvidia": the contract buys the goods
                Cue purchase = clause.cues.stream().filter(c -> c.kind() == CueKind.ACQ_VERB
                        || c.kind() == CueKind.ACQ_NOUN).findFirst().orElse(null);
                roles = purchase == null ? null : purchase(clause, purchase, amount);
            }
            return roles;
        }
        if (anchor.kind() == CueKind.ACQ_VERB || anchor.kind() == CueKind.ACQ_NOUN || anchor.kind() == CueKind.PAY_VERB) {
            // "spend $40bn on Nvidia chips", "investir 40 milliards dans les puces Nvidia": goods of a maker are bought
            return purchase(clause, anchor, amount);
        }
        return null;
    }

    /**
     * "AMD will supply Meta with chips worth $60bn", "AMD liefert Meta Chips im Wert von...": a supply word with goods
     * near it and an amount within {@value #SUPPLY_AMOUNT_WORDS} words, when no other deal word took the amount. Null
     * when the clause has none.
     */
    static Cue supplyOfGoods(Clause clause, MoneyMention amount) {
        if (clause.lexicon.goods == null) {
            return null;
        }
        for (Cue cue : clause.cues) {
            if (cue.kind() == CueKind.SUPPLY && clause.distance(cue, amount) <= SUPPLY_AMOUNT_WORDS
                    && goodsNear(clause, clause.start, cue) != null) {
                return cue;
            }
        }
        return null;
    }

    /** Who is supplied pays the supplier ({@link #supplyOfGoods}); null when no customer is named. */
    static Roles supplied(Clause clause, Cue supply) {
        Roles roles = sale(clause, supply);
        return roles == null || roles.investor() == null ? null : roles;
    }

    /** "AMD agreed to sell Meta chips", "vendre à Meta des puces", "an OpenAI Prozessoren ... verkaufen". */
    private static Roles sale(Clause clause, Cue sale) {
        Candidate relative = clause.relativeSubjectOf(sale);
        Candidate seller = relative != null ? relative : clause.subject(sale);
        if (seller == null) {
            return null;
        }
        int[] goods = goodsAfter(clause, sale.end());
        int from = sale.end();
        if (goods == null && clause.lexicon.verbSecond) {
            // "Broadcom wird an OpenAI Prozessoren für 10 Milliarden Dollar verkaufen": verb-final
            goods = goodsWithin(clause, seller.end(), sale.start(), VERB_FINAL_WORDS);
            from = seller.end();
        }
        if (goods == null || stakeBetween(clause, sale, goods)) {
            return null;
        }
        Candidate buyer = null;
        for (Candidate c : clause.candidates) {
            if (c.start() < from || c == seller || Clause.sameEntity(c, seller) || c.subjectPronoun()
                    || clause.isOwner(c)) {
                continue;
            }
            boolean beforeGoods = c.end() <= goods[0];
            boolean bareObject = beforeGoods && c.start() >= sale.end() && clause.objectDistance(c, sale) == 0;
            if (bareObject || rightAfter(clause, clause.lexicon.soldTo, c)) {
                buyer = c;
                break;
            }
        }
        return new Roles(buyer, seller, DealType.CONTRACT);
    }

    /**
     * "un accordo con Meta, che acquisterà chip di AMD", "a deal under which Meta will buy AMD chips": the name before the
     * relative, or the subject of the purchase verb after the contract word, buys; the maker of the goods, else the
     * contract's subject, sells.
     */
    private static Roles relativeBuyer(Clause clause, Cue contract) {
        for (Cue buy : clause.cues) {
            if (buy.kind() != CueKind.ACQ_VERB || buy.start() < contract.end()) {
                continue;
            }
            Candidate buyer = relativeBefore(clause, buy);
            if (buyer == null) {
                buyer = subjectAfter(clause, contract, buy);
            }
            int[] goods = buyer == null ? null : goodsNear(clause, buyer.end(), buy);
            if (goods == null) {
                continue;
            }
            Candidate maker = seller(clause, goods, buyer, buy);
            Candidate seller = maker != null ? maker : clause.subject(contract);
            if (seller == null || Clause.sameEntity(seller, buyer)) {
                return null;
            }
            return new Roles(buyer, seller, DealType.CONTRACT);
        }
        return null;
    }

    /** The name at most two words before {@code verb}, with no punctuation between; null when there is none. */
    private static Candidate nameRightBefore(Clause clause, Cue verb) {
        Candidate found = null;
        for (Candidate c : clause.candidates) {
            if (c.end() <= verb.start() && !c.anaphor() && !c.modifier()
                    && clause.wordsBetween(c.end(), verb.start()) <= 2 && noPunctuation(clause, c.end(), verb.start())) {
                found = c;
            }
        }
        return found;
    }

    /**
     * "a deal under which Meta will buy", "un accordo in base al quale Meta acquisterà": the last name between the
     * contract word and the verb that has no preposition or stands at most two words before the verb.
     */
    private static Candidate subjectAfter(Clause clause, Cue contract, Cue verb) {
        Candidate found = null;
        for (Candidate c : clause.candidates) {
            if (c.start() >= contract.end() && c.end() <= verb.start() && !c.anaphor() && !c.modifier()
                    && !COUNTERPARTS.contains(clause.marker(c, contract))
                    && (clause.marker(c, verb) == Marker.NONE || clause.wordsBetween(c.end(), verb.start()) <= 2
                    && noPunctuation(clause, c.end(), verb.start()))) {
                // not "an agreement with Dell to buy GPUs": the company after "with" is the other side
                // "in base al quale Meta acquisterà": the name right before the verb, whatever comes before the name
                found = c;
            }
        }
        return found;
    }

    /**
     * "the purchase of 400,000 Nvidia chips", "den Kauf von Nvidia-Chips", "acheter ... de capacité de calcul à
     * Microsoft": the maker or seller of the goods is paid.
     */
    private static Roles purchase(Clause clause, Cue anchor, MoneyMention amount) {
        int[] goods = goodsNear(clause, clause.start, anchor);
        if (goods == null) {
            return null;
        }
        Candidate relative = clause.relativeSubjectOf(anchor);
        Candidate buyer = relative != null ? relative : clause.subject(anchor);
        if (buyer == null) {
            buyer = clause.possessiveBefore(anchor);
        }
        Candidate seller = seller(clause, goods, buyer, anchor);
        Candidate rightBefore = anchor.kind() == CueKind.ACQ_NOUN ? null : nameRightBefore(clause, anchor);
        if (seller != null && Clause.sameEntity(buyer, seller) && rightBefore != null
                && !Clause.sameEntity(rightBefore, seller)) {
            // "AMD firmó un acuerdo por el cual Meta comprará chips de AMD": the name right before the verb buys
            buyer = rightBefore;
        }
        if (seller == null) {
            return null;
        }
        if (buyer == null && clause.candidates.stream().noneMatch(c -> c.end() <= anchor.start() && !c.anaphor())) {
            // "Durch den Kauf von GPUs im Wert von 5 Mrd. baut X seine Cloud aus": after a fronted phrase
            int after = Math.max(goods[1], amount.end());
            buyer = clause.candidates.stream().filter(c -> c.start() >= after && !c.anaphor()
                    && !Clause.sameEntity(c, seller)).findFirst().orElse(null);
        }
        if (buyer == null || Clause.sameEntity(buyer, seller) || otherNameBetween(clause, anchor, goods, buyer, seller)) {
            return null;
        }
        return new Roles(buyer, seller, DealType.CONTRACT);
    }

    /**
     * "SoftBank will invest $20bn in OpenAI to buy Nvidia chips": a company other than the buyer and the seller between
     * the purchase or paying word and the goods is what the money goes to; the goods are someone else's purchase.
     */
    private static boolean otherNameBetween(Clause clause, Cue anchor, int[] goods, Candidate buyer, Candidate seller) {
        int from = Math.min(anchor.end(), goods[1]);
        int to = Math.max(anchor.start(), goods[0]);
        return clause.candidates.stream().anyMatch(c -> !c.anaphor() && c.start() >= from && c.end() <= to
                && !Clause.sameEntity(c, buyer) && !Clause.sameEntity(c, seller));
    }

    /** The maker ("Nvidia-Chips", "Nvidia's chips", "chips de Nvidia") or the seller ("from X") of the goods. */
    private static Candidate seller(Clause clause, int[] goods, Candidate buyer, Cue purchase) {
        for (EntityMention maker : clause.goodsMakers) {
            if (maker.start() >= goods[0] && maker.end() <= goods[1]) {
                return new Candidate(maker, maker.start(), maker.end(), false, false, true);
            }
        }
        if (describesACompany(clause, goods)) {
            // "aportar 5.000 millones al fabricante de chips Intel": the goods only describe the company paid
            return null;
        }
        for (Candidate c : clause.candidates) {
            if (c.anaphor() || c == buyer || Clause.sameEntity(c, buyer) || clause.describedByCompanyNoun(c)) {
                // "la startup di chip Enfabrica": a company described by its goods is bought, not their seller
                continue;
            }
            if (c.end() <= goods[0] && clause.wordsBetween(c.end(), goods[0]) <= MAKER_BEFORE_WORDS
                    && noPunctuation(clause, c.end(), goods[0]) && clause.money.stream().noneMatch(
                            m -> m.start() >= c.end() && m.end() <= goods[0])) {
                return c;
            }
            if (c.start() >= goods[1] && clause.wordsBetween(goods[1], c.start()) <= MAKER_AFTER_WORDS
                    && rightAfter(clause, clause.lexicon.boughtFrom, c)) {
                return c;
            }
            if (c.start() >= goods[1] && text(clause, goods[1], c.start()).isBlank()
                    && !goodsOfANoun(clause, purchase, goods)) {
                // "chip Nvidia", "puces Nvidia"; not "al fabricante de chips Intel"
                return c;
            }
            if (c.start() >= purchase.end() && c.end() <= goods[0] && purchase.kind() != CueKind.ACQ_NOUN
                    && noPunctuation(clause, c.end(), goods[0]) && rightAfter(clause, clause.lexicon.boughtFrom, c)) {
                // "X achètera à Y pour 20 milliards d'euros de capacité de calcul"; not "l'acquisizione
                // di ARM, il noto progettista di chip" (the company bought, then its description)
                return c;
            }
            if (c.start() >= goods[1] && c.end() <= purchase.start() && rightAfter(clause, clause.lexicon.boughtFrom, c)) {
                // verb-final: "Rechenkapazität im Wert von 30 Mrd. Dollar von Microsoft zu kaufen"
                return c;
            }
        }
        return null;
    }

    /**
     * Whether a sale or purchase word of the clause has goods after it (or before it, verb-final): the clause then says
     * who pays, and the seller-of-compute rule must not turn it round.
     */
    static boolean tradesGoods(Clause clause) {
        if (clause.lexicon.goods == null) {
            return false;
        }
        for (Cue cue : clause.cues) {
            if ((cue.kind() == CueKind.SALE || cue.kind() == CueKind.ACQ_VERB || cue.kind() == CueKind.ACQ_NOUN)
                    && goodsNear(clause, clause.start, cue) != null) {
                return true;
            }
        }
        return false;
    }

    /** The goods after {@code cue}, or in verb-final German before it (after {@code from}); null when none is near. */
    private static int[] goodsNear(Clause clause, int from, Cue cue) {
        int[] goods = goodsAfter(clause, cue.end());
        return goods == null && clause.lexicon.verbSecond ? goodsWithin(clause, from, cue.start(), VERB_FINAL_WORDS)
                : goods;
    }

    /**
     * The name a relative clause holding {@code cue} is about: the last name before it that a relative pronoun follows
     * ("mit Meta, die KI-Chips von AMD kaufen wird": a name of the relative clause may stand between).
     */
    private static Candidate relativeBefore(Clause clause, Cue cue) {
        Candidate found = null;
        for (Candidate c : clause.candidates) {
            if (c.end() > cue.start()) {
                break;
            }
            if (!c.anaphor() && clause.followedByRelative(c) && clause.wordsBetween(c.end(), cue.start()) <= GOODS_WORDS) {
                found = c;
            }
        }
        if (found == null && clause.lexicon.verbSecond) {
            // "mit Meta geschlossen, die KI-Chips kaufen wird": the participle ends the main clause before the comma
            int comma = clause.text.lastIndexOf(',', cue.start());
            int relative = comma + 1;
            while (relative < cue.start() && Character.isWhitespace(clause.text.charAt(relative))) {
                relative++;
            }
            if (comma > clause.start && clause.lexicon.relativeAfter.matcher(clause.text).region(relative, cue.start())
                    .lookingAt()) {
                for (Candidate c : clause.candidates) {
                    if (c.end() <= comma && !c.anaphor()) {
                        found = c;
                    }
                }
            }
        }
        return found;
    }

    /**
     * Whether a company noun ("fabricante", "maker", "produttore") stands at most {@value #MAKER_BEFORE_WORDS} words
     * before the goods, with no punctuation between: "il produttore di chip X" names a company, not goods bought.
     */
    private static boolean describesACompany(Clause clause, int[] goods) {
        return clause.candidates.stream().anyMatch(c -> c.anaphor() && !c.subjectPronoun() && c.end() <= goods[0]
                && clause.wordsBetween(c.end(), goods[0]) <= MAKER_BEFORE_WORDS && noPunctuation(clause, c.end(), goods[0]));
    }

    /**
     * Whether the goods are the complement of a noun other than the purchase word ("al fabricante de chips Intel"): a
     * genitive word of {@code boughtFrom} right before them, after a word that is neither the purchase word nor an
     * amount. "l'achat de puces Nvidia" and "400.000 chip Nvidia" buy goods.
     */
    private static boolean goodsOfANoun(Clause clause, Cue purchase, int[] goods) {
        Pattern genitive = clause.lexicon.boughtFrom;
        if (genitive == null || goods[0] <= purchase.end()) {
            return false;
        }
        Matcher m = genitive.matcher(clause.text).region(Math.max(purchase.end(), goods[0] - PREPOSITION_WINDOW), goods[0]);
        if (!m.find()) {
            return false;
        }
        int before = m.start();
        if (clause.money.stream().anyMatch(a -> a.end() >= before - 1 && a.end() <= before)) {
            return false;
        }
        String gap = text(clause, purchase.end(), before).strip();
        return !gap.isEmpty() && Character.isLetter(gap.charAt(gap.length() - 1));
    }

    /** Goods within {@value #GOODS_WORDS} words after {@code from}: {start, end}, or null. */
    private static int[] goodsAfter(Clause clause, int from) {
        Matcher m = clause.lexicon.goods.matcher(clause.text).region(from, clause.end);
        return m.find() && clause.wordsBetween(from, m.start()) <= GOODS_WORDS ? new int[] {m.start(), m.end()} : null;
    }

    /** The last goods between {@code from} and {@code to}, at most {@code words} words before {@code to}; or null. */
    private static int[] goodsWithin(Clause clause, int from, int to, int words) {
        if (from >= to) {
            return null;
        }
        Matcher m = clause.lexicon.goods.matcher(clause.text).region(from, to);
        int[] last = null;
        while (m.find()) {
            last = new int[] {m.start(), m.end()};
        }
        return last != null && clause.wordsBetween(last[1], to) <= words ? last : null;
    }

    /** "sold its stake in the chip maker": a stake or share noun between the sale word and the goods. */
    private static boolean stakeBetween(Clause clause, Cue sale, int[] goods) {
        int from = Math.min(sale.end(), goods[1]);
        int to = Math.max(sale.start(), goods[0]);
        return clause.cues.stream().anyMatch(c -> c.kind() == CueKind.INV_NOUN && c.start() >= from && c.end() <= to);
    }

    /** Whether words of {@code words} end right before {@code c}. */
    private static boolean rightAfter(Clause clause, Pattern words, Candidate c) {
        return words != null && words.matcher(clause.text)
                .region(Math.max(clause.start, c.start() - PREPOSITION_WINDOW), c.start()).find();
    }

    private static boolean noPunctuation(Clause clause, int from, int to) {
        String gap = text(clause, from, to);
        return gap.chars().noneMatch(ch -> ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')');
    }

    private static String text(Clause clause, int from, int to) {
        return clause.text.substring(from, to);
    }
}

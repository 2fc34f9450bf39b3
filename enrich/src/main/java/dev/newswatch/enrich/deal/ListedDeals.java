package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Several deals listed after one deal word, each amount with its own party: "Nvidia backed Wayve with $500M and
 * Nscale with £500M", "X closed a $165M round, and Y added $103M", "Nvidia will invest $10bn and Microsoft $5bn".
 * The name standing between the previous amount and this one, after "and" or a comma, takes the place of the
 * previous deal's party nearest to the previous amount. Stateless.
 */
final class ListedDeals {

    /** "$2bn more from Nvidia", "otros 900 millones de Nvidia": words between amount and "from". */
    private static final int PAYER_AFTER_AMOUNT_WORDS = 2;
    /** "and Index Ventures $1 billion": at most this many words between a listed name and its amount. */
    private static final int GAPPED_ITEM_WORDS = 1;
    /** "$2bn round of A": at most this many words from an amount to its name in a list of like items. */
    private static final int ITEM_SHAPE_WORDS = 4;
    /** "los casi 100 millones de A": at most this many words between the article and the amount. */
    private static final int ARTICLE_QUALIFIER_WORDS = 3;
    /** "of A by B for $5bn", "di A da parte di B per": most words between the company bought, its buyer and the amount. */
    private static final int AGENT_ITEM_WORDS = 3;
    /** "and the", "e quello da", "y la de": at most this many words joining two like items. */
    private static final int JOIN_WORDS = 4;
    /**
     * Words allowed between paying names and their verb: an auxiliary, a reflexive and a verb of commitment with its
     * preposition ("Nvidia e Oracle si sono impegnate a finanziare", "se han comprometido a invertir").
     */
    private static final int PAYERS_VERB_WORDS = 5;
    /** "Celonis aus München (830 Mio. Euro)": at most this many words between a name and its parenthesised amount. */
    private static final int PARENTHESISED_ITEM_WORDS = 2;
    private static final Set<CueKind> VERBS = EnumSet.of(CueKind.PAY_VERB, CueKind.ACQ_VERB, CueKind.RAISE_VERB);
    private static final Set<Marker> PREPOSITIONS = EnumSet.of(Marker.IN, Marker.TO, Marker.FOR, Marker.FROM,
            Marker.BY);

    private ListedDeals() {
    }

    /** {@code roles} with the listed name of {@code amount} in place of the shared party, or as they are. */
    static Roles withOwnParty(Clause clause, Cue anchor, MoneyMention amount, Roles roles) {
        Roles respective = respective(clause, anchor, amount, roles);
        if (respective != null) {
            return respective;
        }
        Roles parenthesised = parenthesisedItem(clause, amount, roles);
        if (parenthesised != null) {
            return parenthesised;
        }
        Roles byAgent = agentItem(clause, amount, roles.type());
        if (byAgent != null) {
            return byAgent;
        }
        Roles byArticle = articleItem(clause, amount, roles);
        if (byArticle != null) {
            return byArticle;
        }
        Roles parallel = VERBS.contains(anchor.kind()) ? null : parallelItem(clause, amount, roles);
        if (parallel != null) {
            return parallel;
        }
        MoneyMention previous = null;
        for (MoneyMention m : clause.money) {
            if (m.end() <= amount.start()) {
                previous = m;
            }
        }
        if (previous == null) {
            return roles;
        }
        Candidate after = clause.ownPartyAfterListedAmount(previous, amount);
        if (after != null && roles.target() != null && !Clause.sameEntity(after, roles.target())
                && !Clause.sameEntity(after, roles.investor())) {
            // "700 Mio. für den Kauf von A, 5 Mrd. für ein Projekt mit B": each amount pays the name of its own item
            return new Roles(roles.investor(), after, roles.type());
        }
        Candidate own = listedName(clause, previous, amount);
        if (own == null || anchor.end() > own.start()) {
            // "..., with Nvidia buying Arm for $40bn from SoftBank": after a purchase verb of the amount's own, past
            // the previous amount, the name after "from" is the seller, no payer of its own
            boolean ownPurchase = anchor.kind() == CueKind.ACQ_VERB && anchor.start() >= previous.end()
                    && anchor.end() <= amount.start();
            return ownPurchase ? roles : withOwnPayer(clause, amount, roles);
        }
        Candidate shared = nearestBefore(previous, roles.investor(), roles.target());
        if (shared == null || Clause.sameEntity(shared, own)) {
            return roles;
        }
        return shared == roles.target()
                ? new Roles(roles.investor(), own, roles.type())
                : new Roles(own, roles.target(), roles.type());
    }

    /**
     * "la pisana A (20 milioni di euro)", "A aus München (830 Mio. Euro), B aus Berlin (747 Mio. Euro)", "A (25
     * milioni, Serie A)": an amount that opens a parenthesis right after a name (or a name and at most
     * {@value #PARENTHESISED_ITEM_WORDS} words of its place) is that name's own item: the name is paid, and a payer
     * read for the clause keeps its place only when it stands before the clause's first amount and before the first
     * item's name ("Nvidia backed A ($2bn) and B ($1bn)"); else it is another item's. A name after "from" or "by", or the payer itself, stays the payer ("backed by A ($2bn) and B ($1bn)").
     * Null when the amount stands otherwise.
     */
    private static Roles parenthesisedItem(Clause clause, MoneyMention amount, Roles roles) {
        Candidate own = bracketOwner(clause, amount);
        if (own == null) {
            return null;
        }
        Candidate head = clause.isCoordinated(own) ? clause.coordinationOf(own).get(0) : own;
        Marker marker = clause.marker(head, null);
        if (marker == Marker.FROM || marker == Marker.BY || Clause.sameEntity(own, roles.investor())
                || Clause.sameEntity(own, roles.target())) {
            return null;
        }
        int firstAmount = clause.money.get(0).start();
        Candidate payer = roles.investor();
        boolean shared = payer != null && payer.end() <= firstAmount
                && (roles.target() == null || payer.end() <= roles.target().start());
        return new Roles(shared ? payer : null, own, roles.type());
    }

    /**
     * The name whose own item an amount opening a parenthesis is ("A (20 milioni)", "A aus München (830 Mio. Euro)"):
     * the last name before the bracket, at most {@value #PARENTHESISED_ITEM_WORDS} words of its place between; null
     * when the amount does not open a bracket after such a name.
     */
    private static Candidate bracketOwner(Clause clause, MoneyMention amount) {
        String before = clause.text.substring(clause.start, amount.start()).stripTrailing();
        if (!before.endsWith("(")) {
            return null;
        }
        int paren = clause.start + before.length() - 1;
        Candidate own = null;
        for (Candidate c : clause.candidates) {
            if (c.end() <= paren) {
                own = c;
            }
        }
        if (own == null || own.anaphor() || clause.isOwner(own)
                || clause.wordsBetween(own.end(), paren) > PARENTHESISED_ITEM_WORDS
                || !clause.text.substring(own.end(), paren).matches("[\\p{L}\\s'’.-]*")) {
            return null;
        }
        return own;
    }

    /**
     * "Alfa, valutata 16 miliardi, Beta (46 miliardi) e Gamma (18 miliardi)", "A, valued at $16bn, B ($46bn)": an
     * amount alone in a bracket right after a bare name (no preposition before it or before the first name it is
     * joined to but "of", which may close a description: "regina degli smartphone e B (N)"), with no deal word between the amount before it (in the same clause) and that name, is the next item
     * of the list the amount before belongs to, and means what it means; the caller asks this when that amount was no
     * deal (a valuation, revenue). "Startups raised $8bn, with standout rounds from A (N)", "avec de gros tours pour A
     * (N)": a deal word or a preposition before the name makes the bracket an item of its own.
     */
    static boolean continuesItemBefore(Clause clause, MoneyMention before, MoneyMention amount) {
        Candidate own = bracketOwner(clause, amount);
        if (own == null || before.start() < clause.start || before.end() > own.start()) {
            return false;
        }
        Candidate head = clause.isCoordinated(own) ? clause.coordinationOf(own).get(0) : own;
        Marker marker = clause.marker(head, null);
        return (marker == Marker.NONE || marker == Marker.OF)
                && clause.cues.stream().noneMatch(c -> c.end() > before.end() && c.start() < own.start());
    }

    /**
     * "A e B hanno incassato rispettivamente 90 e 25 milioni", "A and B raised $90m and $25m respectively": with a
     * "respectively" word in the clause, a party that is one of several names joined by "and", followed by as many
     * amounts, is replaced by the name of the same rank as the amount. Null when the clause reads otherwise.
     */
    private static Roles respective(Clause clause, Cue anchor, MoneyMention amount, Roles roles) {
        if (!clause.has(clause.lexicon.respectively)) {
            return null;
        }
        Candidate payers = roles.investor() != null || roles.target() == null ? null : payersBefore(clause, anchor, roles);
        if (payers != null) {
            // "Nvidia e Microsoft hanno investito rispettivamente 2 e 3 miliardi in xAI": the names before the verb pay
            roles = new Roles(payers, roles.target(), roles.type());
        }
        for (Candidate party : new Candidate[] {roles.target(), roles.investor()}) {
            if (party == null || party.anaphor() || !clause.isCoordinated(party)) {
                continue;
            }
            List<Candidate> names = clause.coordinationOf(party);
            int namesEnd = names.get(names.size() - 1).end();
            List<MoneyMention> amounts = clause.money.stream().filter(m -> m.start() >= namesEnd).toList();
            int rank = amounts.indexOf(amount);
            if (names.size() < 2 || amounts.size() != names.size() || rank < 0) {
                continue;
            }
            Candidate own = names.get(rank);
            return party == roles.target()
                    ? new Roles(roles.investor(), own, roles.type())
                    : new Roles(own, roles.target(), roles.type());
        }
        return null;
    }

    /**
     * The first of several names joined by "and" that stand before a paying verb ({@code anchor}) with nothing but
     * a few words between them and it, none of them the target; null when there are none. "Nvidia and Oracle have
     * committed to invest $1bn and $2bn respectively in X": Nvidia.
     */
    private static Candidate payersBefore(Clause clause, Cue anchor, Roles roles) {
        if (anchor.kind() != CueKind.PAY_VERB) {
            return null;
        }
        for (Candidate c : clause.candidates) {
            if (c.anaphor() || c.end() > anchor.start() || !clause.isCoordinated(c)) {
                continue;
            }
            List<Candidate> names = clause.coordinationOf(c);
            Candidate last = names.get(names.size() - 1);
            boolean before = last.end() <= anchor.start()
                    && clause.wordsBetween(last.end(), anchor.start()) <= PAYERS_VERB_WORDS
                    && clause.money.stream().noneMatch(m -> m.start() >= last.end() && m.end() <= anchor.start());
            if (before && names.stream().noneMatch(n -> Clause.sameEntity(n, roles.target()))) {
                return names.get(0);
            }
        }
        return null;
    }

    /**
     * "the $2bn round of A and the $650m round of B", "il round da 2 miliardi di A e quello da 650 milioni di B", "die
     * 2-Milliarden-Dollar-Finanzierung von A und die 650-Millionen-Dollar-Finanzierung von B": items of the same shape
     * (the same words from each amount to the name after it, ending in "of"), joined by a comma or a conjunction.
     * The name after the amount is its company; a payer counts only when it stands before the first item. Only for
     * deals told by a noun: after a verb, "raised $800m of A and $200m of B" names payers. Null when the amount is in
     * no such list.
     */
    private static Roles parallelItem(Clause clause, MoneyMention amount, Roles roles) {
        int index = clause.money.indexOf(amount);
        Candidate own = nameAfter(clause, amount);
        if (index < 0 || own == null || roles.target() == null) {
            return null;
        }
        String shape = itemShape(clause, amount, own);
        MoneyMention first = amount;
        boolean listed = false;
        for (int i = index - 1; i >= 0; i--) {
            MoneyMention earlier = clause.money.get(i);
            Candidate name = nameAfter(clause, earlier);
            if (name == null || name.end() > clause.money.get(i + 1).start()
                    || !shape.equals(itemShape(clause, earlier, name))
                    || !joined(clause, name.end(), clause.money.get(i + 1).start())) {
                break;
            }
            first = earlier;
            listed = true;
        }
        if (index + 1 < clause.money.size()) {
            MoneyMention next = clause.money.get(index + 1);
            Candidate name = nameAfter(clause, next);
            listed |= own.end() <= next.start() && name != null && shape.equals(itemShape(clause, next, name))
                    && joined(clause, own.end(), next.start());
        }
        if (!listed) {
            return null;
        }
        int listStart = first.start();
        Candidate investor = roles.investor() != null && roles.investor().end() <= listStart ? roles.investor() : null;
        return new Roles(Clause.sameEntity(investor, own) ? null : investor, own, roles.type());
    }

    /**
     * "the $120m of A, the $95m of the fintech B and the $70m of C", "los 95 millones de A", "les 60 millions de
     * l'assurtech B": an amount opened by an article (a qualifier of up to {@value #ARTICLE_QUALIFIER_WORDS} words may
     * stand between them, "los casi 100 millones") and followed by "of" and a name within {@value
     * #ITEM_SHAPE_WORDS} words is a noun phrase naming the company that took the money, when it stands in a list: a
     * comma or a conjunction opens the item, and another amount of the clause is opened by an article too. The name is
     * the target; a payer counts only when it stands before the first listed amount. Whatever the deal word: the
     * article tells the amount is no object of a verb ("raised $800m of A" names a payer; "the $800m of A" does not).
     * Null when the amount is in no such item.
     */
    private static Roles articleItem(Clause clause, MoneyMention amount, Roles roles) {
        Candidate own = nameAfter(clause, amount);
        if (own == null || articleBefore(clause, amount) < 0 || !itemOpened(clause, articleBefore(clause, amount))) {
            return null;
        }
        MoneyMention first = null;
        for (MoneyMention m : clause.money) {
            if (m != amount && articleBefore(clause, m) >= 0) {
                first = first == null ? m : first;
            }
        }
        if (first == null) {
            return null;
        }
        int listStart = Math.min(first.start(), amount.start());
        Candidate investor = roles.investor() != null && roles.investor().end() <= listStart ? roles.investor() : null;
        return new Roles(Clause.sameEntity(investor, own) ? null : investor, own, roles.type());
    }

    /** The start of the article opening {@code amount}'s noun phrase, or -1 when no article opens it. */
    private static int articleBefore(Clause clause, MoneyMention amount) {
        List<Token> before = clause.tokens.stream().filter(t -> t.end() <= amount.start() && t.start() >= clause.start)
                .toList();
        for (int i = before.size() - 1, words = 0; i >= 0 && words <= ARTICLE_QUALIFIER_WORDS; i--, words++) {
            Token t = before.get(i);
            if (!t.word()) {
                return -1;
            }
            String word = clause.text.substring(t.start(), t.end());
            if (clause.lexicon.article.matcher(word).matches()) {
                return t.start();
            }
            if (clause.candidates.stream().anyMatch(c -> c.start() < t.end() && t.start() < c.end())) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a comma or a conjunction stands at most one word before {@code offset}. */
    private static boolean itemOpened(Clause clause, int offset) {
        List<Token> before = clause.tokens.stream().filter(t -> t.end() <= offset && t.start() >= clause.start)
                .toList();
        for (int i = before.size() - 1, words = 0; i >= 0 && words <= 1; i--) {
            Token t = before.get(i);
            String word = clause.text.substring(t.start(), t.end());
            if (word.equals(",") || word.equals(":") || clause.lexicon.conjunction.matcher(word).matches()) {
                return true;
            }
            if (!t.word()) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * "those of A by B for $5bn, of C by D for $6bn", "celles de A par B pour 5 Md$, de C par D pour 6 Md$": in a
     * clause with two or more amounts, each amount right after "of X by Y for" ({@value #AGENT_ITEM_WORDS} words at
     * most between Y and it) names its own company bought (X) and buyer (Y), whatever the other amounts' parties are.
     * Only for purchases ({@code type}), and only when another amount of the clause has the same shape. Null otherwise.
     */
    static Roles agentItem(Clause clause, MoneyMention amount, DealType type) {
        if (type != DealType.ACQUISITION || clause.money.size() < 2) {
            return null;
        }
        Candidate[] own = agentPair(clause, amount);
        if (own == null) {
            return null;
        }
        boolean listed = clause.money.stream().anyMatch(m -> m != amount && agentPair(clause, m) != null);
        return listed ? new Roles(own[1], own[0], type) : null;
    }

    /** The company bought and its buyer of "of X by Y for" right before {@code amount}; null when it is not so. */
    private static Candidate[] agentPair(Clause clause, MoneyMention amount) {
        int itemStart = clause.money.stream().filter(m -> m.end() <= amount.start()).mapToInt(MoneyMention::end)
                .max().orElse(clause.start);
        List<Candidate> before = clause.candidates.stream()
                .filter(c -> !c.anaphor() && c.start() >= itemStart && c.end() <= amount.start()).toList();
        if (before.size() < 2) {
            return null;
        }
        Candidate bought = before.get(before.size() - 2);
        Candidate buyer = before.get(before.size() - 1);
        boolean shape = clause.marker(bought, null) == Marker.OF && clause.marker(buyer, null) == Marker.BY
                && !Clause.sameEntity(bought, buyer)
                && clause.wordsBetween(bought.end(), buyer.start()) <= AGENT_ITEM_WORDS
                && clause.wordsBetween(buyer.end(), amount.start()) <= AGENT_ITEM_WORDS;
        return shape ? new Candidate[] {bought, buyer} : null;
    }

    /** The first name after the amount, within {@value #ITEM_SHAPE_WORDS} words and after "of"; null otherwise. */
    private static Candidate nameAfter(Clause clause, MoneyMention amount) {
        Candidate c = clause.candidates.stream().filter(n -> n.start() >= amount.end()).findFirst().orElse(null);
        if (c == null || c.anaphor() || clause.wordsBetween(amount.end(), c.start()) > ITEM_SHAPE_WORDS
                || clause.marker(c, null) != Marker.OF
                || clause.money.stream().anyMatch(m -> m.start() >= amount.end() && m.end() <= c.start())) {
            return null;
        }
        return c;
    }

    /** The words from the amount to its name, lower-case, elided "d'" read as "de". */
    private static String itemShape(Clause clause, MoneyMention amount, Candidate name) {
        return clause.text.substring(amount.end(), name.start()).toLowerCase(Locale.ROOT)
                .replaceAll("\\b([dl])['’]", "$1e ").replaceAll("\\s+", " ").strip();
    }

    /** Whether the gap between an item's name and the next amount opens with a comma or a conjunction. */
    private static boolean joined(Clause clause, int from, int to) {
        String gap = clause.text.substring(from, to).strip();
        if (gap.startsWith(",")) {
            return clause.wordsBetween(from, to) <= JOIN_WORDS;
        }
        int space = gap.indexOf(' ');
        String firstWord = space < 0 ? gap : gap.substring(0, space);
        return clause.wordsBetween(from, to) <= JOIN_WORDS && clause.lexicon.conjunction.matcher(firstWord).matches();
    }

    /**
     * "Salesforce pledged $4bn to it, with $2bn more from Nvidia": a second amount with its own payer right
     * after it keeps the target and takes that payer.
     */
    private static Roles withOwnPayer(Clause clause, MoneyMention amount, Roles roles) {
        for (Candidate c : clause.candidates) {
            if (c.start() < amount.end() || c.anaphor() || clause.isOwner(c)) {
                continue;
            }
            Marker marker = clause.marker(c, null);
            // where the genitive also means "from" ("otros 2.000 millones de Google"), it names the payer too
            boolean fromRightAfter = clause.wordsBetween(amount.end(), c.start()) <= PAYER_AFTER_AMOUNT_WORDS
                    && (marker == Marker.FROM || (marker == Marker.OF && clause.lexicon.genitiveMeansFrom));
            if (fromRightAfter && roles.target() != null && !Clause.sameEntity(c, roles.target())
                    && !Clause.sameEntity(c, roles.investor())) {
                return new Roles(c, roles.target(), roles.type());
            }
            return roles;
        }
        return roles;
    }

    /**
     * The first name after {@code previous} when "and" or a comma comes right before it and no deal word of its
     * own stands between it and the amount.
     */
    private static Candidate listedName(Clause clause, MoneyMention previous, MoneyMention amount) {
        for (Candidate c : clause.candidates) {
            if (c.start() < previous.end() || c.anaphor() || clause.isOwner(c)) {
                continue;
            }
            if (c.end() > amount.start()) {
                return null;
            }
            boolean joined = clause.listedAfter(previous, c);
            if (joined && clause.isCoordinated(c) && clause.coordinationOf(c).get(0) != c
                    && PREPOSITIONS.contains(clause.marker(clause.coordinationOf(c).get(0), null))
                    && clause.wordsBetween(c.end(), amount.start()) > GAPPED_ITEM_WORDS) {
                // "took in $1bn from investors such as A and B, then another $400m": the last of the payers
                // joined after "from" is no item of its own ("in A and B $1bn" still is: the amount follows B)
                continue;
            }
            if (!joined && PREPOSITIONS.contains(clause.marker(c, null))) {
                // "Nvidia will invest $10bn in Anthropic and Microsoft $5bn": the previous item's own party
                continue;
            }
            boolean ownDealWord = clause.cues.stream()
                    .anyMatch(cue -> cue.kind().anchors() && cue.start() >= c.end() && cue.end() <= amount.start());
            return joined && !ownDealWord ? c : null;
        }
        return null;
    }

    private static Candidate nearestBefore(MoneyMention previous, Candidate investor, Candidate target) {
        Candidate nearest = null;
        for (Candidate c : new Candidate[] {investor, target}) {
            if (c != null && c.end() <= previous.start() && (nearest == null || c.end() > nearest.end())) {
                nearest = c;
            }
        }
        return nearest;
    }
}

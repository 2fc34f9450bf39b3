package dev.newswatch.enrich.deal;

import dev.newswatch.core.model.DealType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who pays whom in one clause, given the deal word the amount belongs to: the subject of "invest",
 * "acquire", "commit" pays the name after "in"/"to" or the verb's object; the subject of "raise", "funding
 * round" receives from the name after "led by"/"from"; passive voice swaps them; "in talks with X for an
 * investment" makes X the payer; contracts go from the subject to the name after "with"/"from". Returns
 * {@link Roles} with candidates (possibly anaphors, resolved later), or null when the clause names no
 * sides. Stateless.
 */
final class RoleReader {

    /** At most this many words in one item of a list of names ("palo alto networks"). */
    /** "invested in Y's $200m Series B round": the most words from a paying verb to the round it pays into. */
    /** "landed $17bn in new contracts with Y": the most words from a raised amount to the company it is raised with. */
    private static final int RAISED_WITH_WORDS = 5;
    private static final int PAY_VERB_TO_ROUND_WORDS = 8;
    private static final int LIST_ITEM_WORDS = 3;
    /** A comma or a dash, with spaces, between a name and a participle that describes it. */
    private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*[,\u2013\u2014-]\\s*");

    /** "a firm that Google has bought": the most words between a relative clause's subject and its deal verb. */
    private static final int RELATIVE_SUBJECT_VERB_WORDS = 2;
    /** "der Auftrag der Bundeswehr an den Konzern X": the most words from a contract noun to its awardee. */
    private static final int AWARDEE_WORDS = 6;
    /** "In das Start-up X investiert Y": the most words before the name of a phrase fronted before a paying verb. */
    private static final int FRONTED_PHRASE_WORDS = 4;
    private static final Set<Marker> PAY_TARGETS = EnumSet.of(Marker.IN, Marker.TO, Marker.OBJECT, Marker.FOR);
    private static final Set<Marker> ACQ_TARGETS = EnumSet.of(Marker.OBJECT, Marker.OF, Marker.IN, Marker.FOR);
    private static final Set<Marker> AGENTS = EnumSet.of(Marker.BY, Marker.FROM);
    private static final Set<Marker> COUNTERPARTS = EnumSet.of(Marker.WITH, Marker.FROM, Marker.TO);
    /** A supply word further than this many words from the contract word supplies something else. */
    /** "X-chip maker Y": words from a name inside a modifier to the name it describes. */
    private static final int NAME_AFTER_MODIFIER_WORDS = 3;
    /** "el acuerdo de X para adquirir": words from the deal's owner to the acquiring verb. */
    private static final int DEAL_OWNER_TO_VERB_WORDS = 1;
    /** How far before the owner a deal noun may end ("l'offerta pubblica di"): characters. */
    private static final int DEAL_NOUN_BEFORE_OWNER_CHARS = 30;
    private static final int SUPPLY_WORDS = 12;
    /** At most this many words (an article, a short description) between a paid relative and its payer. */
    private static final int PAID_RELATIVE_PAYER_WORDS = 3;
    /** "the acquisition of Wiz by Google", "l'acquisizione di Wiz da parte di Google": words between the two. */
    private static final int BUYER_AFTER_TARGET_WORDS = 4;
    /** Words at most between a buyer after "of" and the company a description after it names. */
    private static final int DESCRIBED_COMPANY_WORDS = 7;
    /** "a accepté mardi la dernière offre de rachat de Y": words between the verb and the offer noun. */
    private static final int OFFER_ANSWER_WORDS = 4;
    /** "un accord avec Amazon pour un investissement": words between the partner and the investment noun. */
    private static final int PARTNER_WORDS = 2;
    /** "a obtenu 4 milliards de dollars d'Amazon": words between the amount and the name that gives it. */
    private static final int PAYER_AFTER_RAISED_WORDS = 1;
    /** "raised by the French start-up X": the most words between the agent word and the name. */
    private static final int AGENT_NAME_WORDS = 4;
    /** "investir 3 milliards d'euros dans la levée de fonds de X": words between the verb and the round noun. */
    private static final int ROUND_AFTER_PAY_WORDS = 8;
    /** "the acquisition by Google of the Israeli cyber-security start-up Wiz": the most words between noun and name. */
    private static final int ACQ_NOUN_TARGET_WORDS = 12;
    /** "N, stavolta grazie a un investimento di Y": words from the amount raised to an investment noun. */
    private static final int INVESTMENT_NOUN_AFTER_AMOUNT_WORDS = 8;
    /** Words from an acquisition noun to a name after "on" that it seeks ("offerta su X": one, "su"). */
    private static final int ACQ_NOUN_ON_WORDS = 1;
    /** "X, which paid $28bn for the acquisition of Y": the most words from the paying verb to the purchase noun. */
    private static final int PAY_VERB_TO_PURCHASE_WORDS = 8;
    /** "worth of equity in AI start-up X": words between the equity words and the company owned. */
    private static final int EQUITY_OWNER_WORDS = 3;
    /** Most words between a subject after its raise verb and the amount that follows it ("sammelte X im Mai 40 Mio."). */
    private static final int INVERTED_SUBJECT_TO_AMOUNT_WORDS = 3;
    /**
     * "So erhielt der Konzern X in Polen neue Aufträge für Drohnen im Wert von N": the most words between such a subject
     * and its amount when nothing else stands between (no other name, no other amount, no punctuation).
     */
    private static final int INVERTED_SUBJECT_TO_AMOUNT_PLAIN_WORDS = 9;
    /** Punctuation that ends a plain gap between a subject and its amount: a clause boundary, an aside, a quote. */
    private static final Pattern PLAIN_GAP_BREAK = Pattern.compile("[,;:()\\[\\]\"„“”«»–—]");
    /** "raccolti a Parigi in aprile dalla X": the most words of an adjunct between a raise participle and its agent. */
    private static final int ADJUNCT_BEFORE_AGENT_WORDS = 4;
    /** One word of such an adjunct, with the space before it. */
    private static final Pattern ADJUNCT_WORD = Pattern.compile("\\s+[\\p{L}\\p{N}'’-]+");
    /** "la adquirió el conocido grupo alemán de software SAP": the most words between the verb and its subject. */
    private static final int PROCLITIC_SUBJECT_WORDS = 7;
    /** The markers a buyer named right after a verb with a proclitic object may have ("la compró Intel"). */
    private static final Set<Marker> PROCLITIC_BUYER_MARKERS = EnumSet.of(Marker.NONE, Marker.OBJECT);

    /** How far before a name its source preposition may start ("according to "). */
    private static final int SOURCE_WORD_CHARS = 20;

    private RoleReader() {
    }

    static Roles roles(Clause clause, Cue anchor, MoneyMention amount) {
        Roles roles = GoodsTrade.roles(clause, anchor, amount);
        if (roles == null) {
            roles = supplyRoles(clause, anchor);
        }
        if (roles == null) {
            roles = switch (anchor.kind()) {
                case PAY_VERB, ACQ_VERB -> verbRoles(clause, anchor, amount);
                case RAISE_VERB, ROUND_NOUN -> raiseRoles(clause, anchor, amount);
                case INV_NOUN -> investmentNounRoles(clause, anchor, amount);
                case ACQ_NOUN -> {
                    Roles merger = mergerOfPair(clause, anchor, amount);
                    yield merger != null ? merger : acquisitionNounRoles(clause, anchor);
                }
                case SALE -> saleRoles(clause, anchor);
                case CONTRACT_NOUN, CONTRACT_SET, PARTNERSHIP -> contractRoles(clause, anchor);
                case TALKS, SUPPLY -> null;
            };
        }
        return roles == null ? null : ListedDeals.withOwnParty(clause, anchor, amount, roles);
    }

    /**
     * A contract whose clause says who supplies: the supplier is paid and the customer pays. "X signs a deal to
     * supply Y with GPUs", "X will provide capacity to Y in a deal valued at...", "X secured a contract to
     * produce chips for Y", "a deal with AWS, which will provide GPUs" (AWS supplies the subject). Null when the
     * anchor is no contract or the clause has no supply word.
     */
    private static Roles supplyRoles(Clause clause, Cue anchor) {
        Cue supply = clause.cues.stream().filter(c -> c.kind() == CueKind.SUPPLY).findFirst().orElse(null);
        if (supply == null || !isContract(clause, anchor, supply) || !nearAContract(clause, anchor, supply)) {
            return null;
        }
        Cue first = supply.start() < anchor.start() ? supply : anchor;
        Candidate subject = clause.subject(first);
        Candidate relative = clause.relativeSubjectOf(supply);
        Candidate supplier = relative != null ? relative : subject;
        if (supplier == null) {
            return null;
        }
        Candidate customer = relative != null && subject != null && !Clause.sameEntity(subject, relative)
                ? subject : customerOf(clause, anchor, supply, supplier);
        if (customer == null) {
            return null;
        }
        if (relative == null && suppliesTheSubject(clause, supply, supplier, customer)) {
            // "X agreed with Y that Y would provide compute capacity for the tech giant's needs": Y supplies X
            return new Roles(supplier, customer, DealType.CONTRACT);
        }
        return new Roles(single(clause, customer), supplier, DealType.CONTRACT);
    }

    /**
     * Whether the supply word follows the contract's counterpart after "with" and what is supplied is for a
     * description of a company ("for the tech giant's operations") or for the subject itself: the subject is supplied,
     * the counterpart supplies.
     */
    private static boolean suppliesTheSubject(Clause clause, Cue supply, Candidate subject, Candidate counterpart) {
        if (counterpart.anaphor() || counterpart.end() > supply.start() || clause.marker(counterpart, null) != Marker.WITH) {
            return false;
        }
        Candidate beneficiary = clause.candidates.stream()
                .filter(c -> c.start() >= supply.end() && clause.marker(c, supply) == Marker.FOR).findFirst().orElse(null);
        return beneficiary != null && !Clause.sameEntity(beneficiary, counterpart)
                && (beneficiary.anaphor() || Clause.sameEntity(beneficiary, subject))
                && clause.wordsBetween(supply.end(), beneficiary.start()) <= SUPPLY_WORDS;
    }

    /**
     * The contract words an amount can belong to, a raise verb whose clause has one ("secured a contract"), or a
     * spending verb after the supply word ("X will provide capacity to Y ..., which may later spend as much as N").
     */
    private static boolean isContract(Clause clause, Cue anchor, Cue supply) {
        Set<CueKind> contracts = EnumSet.of(CueKind.CONTRACT_NOUN, CueKind.CONTRACT_SET, CueKind.PARTNERSHIP);
        return contracts.contains(anchor.kind())
                || (anchor.kind() == CueKind.RAISE_VERB && clause.cues.stream().anyMatch(c -> contracts.contains(c.kind())))
                || (anchor.kind() == CueKind.PAY_VERB && anchor.type() == DealType.CONTRACT && supply.end() <= anchor.start());
    }

    /** Whether the supply word stands near the anchor or near a contract word of the clause. */
    private static boolean nearAContract(Clause clause, Cue anchor, Cue supply) {
        return clause.cues.stream()
                .filter(c -> c == anchor || c.kind() == CueKind.CONTRACT_NOUN || c.kind() == CueKind.CONTRACT_SET
                        || c.kind() == CueKind.PARTNERSHIP)
                .anyMatch(c -> clause.wordsBetween(Math.min(supply.end(), c.end()), Math.max(supply.start(), c.start()))
                        <= SUPPLY_WORDS);
    }

    /**
     * "X, in das Y 900 Millionen investierte", "X, in which Y invested $900m", "X, nella quale Y ha investito": the
     * name before a preposition of the one paid and a relative pronoun is paid, the name right after them (before the
     * paying verb) pays. Null when the clause has no such relative before the verb.
     */
    private static Roles paidRelativeRoles(Clause clause, Cue anchor) {
        Pattern relative = clause.lexicon.paidRelativeAfter;
        if (relative == null || anchor.kind() != CueKind.PAY_VERB || anchor.type() == DealType.CONTRACT) {
            return null;
        }
        List<Candidate> candidates = clause.candidates;
        for (int i = 0; i + 1 < candidates.size() && candidates.get(i + 1).end() <= anchor.start(); i++) {
            Candidate paid = candidates.get(i);
            if (paid.anaphor() || clause.text.indexOf(',', paid.end()) != paid.end()) {
                continue;
            }
            Matcher m = relative.matcher(clause.text).region(paid.end(), anchor.start());
            if (!m.lookingAt()) {
                continue;
            }
            Candidate payer = candidates.get(i + 1);
            if (payer.anaphor() || Clause.sameEntity(payer, paid)
                    || clause.wordsBetween(m.end(), payer.start()) > PAID_RELATIVE_PAYER_WORDS
                    || clause.text.substring(m.end(), payer.start()).indexOf(',') >= 0) {
                return null;
            }
            return new Roles(payer(clause, payer, anchor.type()), paid, anchor.type());
        }
        return null;
    }

    /**
     * Who is supplied: the first name after the supply word that is its object or follows "to"/"for"/"with",
     * else, when there is none or it is a description ("to provide the search company with..."), the contract's
     * counterpart, else in verb-second languages a name before the verb ("CoreWeave wird OpenAI ... liefern").
     */
    private static Candidate customerOf(Clause clause, Cue anchor, Cue supply, Candidate supplier) {
        Set<Marker> supplied = EnumSet.of(Marker.OBJECT, Marker.TO, Marker.FOR, Marker.WITH);
        Candidate customer = clause.candidates.stream()
                .filter(c -> c.start() >= supply.end() && c != supplier && !Clause.sameEntity(c, supplier)
                        && !c.subjectPronoun() && !clause.isOwner(c) && supplied.contains(clause.marker(c, supply)))
                .findFirst().orElse(null);
        if (customer == null || customer.anaphor()) {
            Candidate counterpart = clause.firstAfter(anchor, EnumSet.of(Marker.WITH, Marker.TO), supplier);
            customer = counterpart != null && !counterpart.anaphor() ? counterpart : customer;
        }
        if (customer == null && clause.lexicon.verbSecond) {
            customer = clause.firstBetween(supply, EnumSet.of(Marker.NONE, Marker.IN), supplier, clause.start,
                    supply.start());
        }
        return customer;
    }

    /**
     * The last name (no description) before {@code anchor}, at most {@value #RELATIVE_SUBJECT_VERB_WORDS} words before
     * it ("that Google has bought": Google); null when there is none.
     */
    private static Candidate lastNameBefore(Clause clause, Cue anchor) {
        Candidate last = null;
        for (Candidate c : clause.candidates) {
            if (c.end() > anchor.start()) {
                break;
            }
            last = c;
        }
        return last == null || last.anaphor()
                || clause.wordsBetween(last.end(), anchor.start()) > RELATIVE_SUBJECT_VERB_WORDS ? null : last;
    }

    /**
     * "Zentrix [...] y en 2019 la adquirió el grupo de software SAP por N", "lo compró Google en 2014": with an
     * object pronoun before the verb of buying, the name after the verb (before the amount) is the subject, the buyer;
     * the company bought is the one the pronoun stands for, the clause's name before the verb or else the company of
     * the sentences before (an empty anaphor in the object's place). With no name after the verb, a name before it is
     * the buyer of what the pronoun stands for ("Google la compró en 2022"). Null when neither is there.
     */
    private static Roles procliticObjectRoles(Clause clause, Cue anchor, MoneyMention amount) {
        int limit = amount.start() >= anchor.end() ? amount.start() : clause.end;
        Candidate buyer = clause.candidates.stream()
                .filter(c -> c.start() >= anchor.end() && c.end() <= limit && !c.anaphor() && !c.modifier()
                        && !c.possessive())
                .findFirst().orElse(null);
        Candidate subject = clause.subject(anchor);
        Candidate pronoun = new Candidate(null, anchor.end(), anchor.end(), false, false, false);
        if (buyer == null && subject != null && !subject.anaphor() && subject.end() <= anchor.start()) {
            // "Mandiant [...]. Google la compró en 2022 por N": the subject before the pronoun buys what it stands for
            return new Roles(subject, pronoun, anchor.type());
        }
        if (buyer == null || clause.wordsBetween(anchor.end(), buyer.start()) > PROCLITIC_SUBJECT_WORDS) {
            return null;
        }
        // "la compró el gigante de internet Google": the "of" of a description that opens with an article after the
        // verb belongs to the description, not to the name
        String gap = clause.text.substring(anchor.end(), buyer.start());
        boolean described = clause.lexicon.article.matcher(gap.stripLeading()).lookingAt() && gap.indexOf(',') < 0;
        if (!described && !PROCLITIC_BUYER_MARKERS.contains(clause.marker(buyer, anchor))) {
            return null;
        }
        Candidate bought = subject != null && subject.end() <= anchor.start() && !Clause.sameEntity(subject, buyer)
                ? subject : pronoun;
        return new Roles(buyer, single(clause, bought), anchor.type());
    }

    /**
     * "los 9.000 millones que pagó Cisco por Splunk": a relative pronoun between the amount and the verb ({@code
     * amountRelatives}) stands for the money, and the subject follows the verb: the name right after the verb pays,
     * the name after its "for" or "in" is paid (none when that is left out). Null when the clause is no such relative
     * or names no one after the verb.
     */
    private static Roles amountRelativeRoles(Clause clause, Cue anchor, MoneyMention amount) {
        if (clause.lexicon.amountRelative == null || amount.end() > anchor.start()
                || !clause.lexicon.amountRelative.matcher(clause.text).region(amount.end(), anchor.start()).matches()) {
            return null;
        }
        Candidate payer = clause.candidates.stream()
                .filter(c -> c.start() >= anchor.end() && !c.anaphor() && !c.modifier() && !c.possessive())
                .findFirst().orElse(null);
        if (payer == null || clause.wordsBetween(anchor.end(), payer.start()) > PROCLITIC_SUBJECT_WORDS
                || !PROCLITIC_BUYER_MARKERS.contains(clause.marker(payer, anchor))) {
            return null;
        }
        Candidate next = clause.candidates.stream()
                .filter(c -> c.start() >= payer.end() && !c.anaphor() && !Clause.sameEntity(c, payer))
                .findFirst().orElse(null);
        if (next == null || clause.wordsBetween(payer.end(), next.start()) > AMOUNT_RELATIVE_PAID_WORDS) {
            return new Roles(payer(clause, payer, anchor.type()), null, anchor.type());
        }
        Cue purchase = purchaseInfinitiveBefore(clause, payer.end(), next.start());
        if (purchase != null) {
            return new Roles(payer(clause, payer, purchase.type()), next, purchase.type());
        }
        boolean paid = AMOUNT_RELATIVE_PAID_MARKERS.contains(clause.marker(next, anchor));
        return new Roles(payer(clause, payer, anchor.type()), paid ? next : null, anchor.type());
    }

    /** The markers of the one paid after the payer of a relative clause on an amount ("que pagó X por Y"). */
    private static final Set<Marker> AMOUNT_RELATIVE_PAID_MARKERS = EnumSet.of(Marker.FOR, Marker.BY, Marker.IN);
    /** "que invirtió X en adquirir a la empresa Y": the most words between the payer and the one paid. */
    private static final int AMOUNT_RELATIVE_PAID_WORDS = 6;
    /** One short word, a preposition, between a payer and the verb of buying after it ("en", "por", "para"). */
    private static final Pattern PREPOSITION_GAP = Pattern.compile("\\s+\\p{L}{1,4}\\s+");

    /**
     * The verb of buying that opens the words between {@code from} and {@code to} after a preposition ("que invirtió
     * Microsoft en adquirir Nuance" names what the money bought after "en adquirir"); null when there is none.
     */
    private static Cue purchaseInfinitiveBefore(Clause clause, int from, int to) {
        return clause.cues.stream().filter(c -> c.kind() == CueKind.ACQ_VERB && c.start() > from && c.end() <= to
                && PREPOSITION_GAP.matcher(clause.text).region(from, c.start()).matches()).findFirst().orElse(null);
    }

    /** The most words between a cleft's copula and the name of the one who does the deal ("il gruppo tedesco Y"). */
    private static final int CLEFT_SUBJECT_WORDS = 4;

    /**
     * "Ad aggiudicarsi X per N è stata Y", "A rilevare X è stato il gruppo Y": a sentence opened by the deal verb's
     * infinitive (after {@code cleftInfinitiveOpeners}) puts the one who does the deal after a copula ({@code
     * cleftCopulas}) that follows the infinitive's object: the name after the copula pays, the name between the
     * infinitive and the copula is the object. Null when the clause is no such cleft.
     */
    private static Roles infinitiveCleftRoles(Clause clause, Cue anchor) {
        DealLexicon lexicon = clause.lexicon;
        if (lexicon.cleftInfinitiveOpener == null || lexicon.cleftCopula == null
                || !lexicon.cleftInfinitiveOpener.matcher(clause.text).region(clause.start, anchor.start()).matches()) {
            return null;
        }
        Matcher copula = lexicon.cleftCopula.matcher(clause.text).region(anchor.end(), clause.end);
        if (!copula.find()) {
            return null;
        }
        int copulaEnd = copula.end();
        int copulaStart = copula.start();
        Candidate doer = clause.candidates.stream()
                .filter(c -> !c.anaphor() && c.start() >= copulaEnd
                        && clause.wordsBetween(copulaEnd, c.start()) <= CLEFT_SUBJECT_WORDS)
                .findFirst().orElse(null);
        if (doer == null) {
            return null;
        }
        Candidate object = clause.candidates.stream()
                .filter(c -> !c.anaphor() && c.start() >= anchor.end() && c.end() <= copulaStart)
                .findFirst().orElse(null);
        return new Roles(doer, object, anchor.type());
    }

    /**
     * "In X investiert Y N", "Für X zahlt Y N": with the subject right after a paying verb that opens the main clause,
     * the name of an "in", "an" or "für" phrase standing alone before the verb (at most {@value #FRONTED_PHRASE_WORDS}
     * words from the start of the clause, none between it and the verb) is the one paid; null otherwise.
     */
    private static Candidate frontedPaid(Clause clause, Cue anchor, Candidate subject) {
        Candidate paid = clause.firstBetween(anchor, EnumSet.of(Marker.IN, Marker.FOR), subject, clause.start,
                anchor.start());
        if (paid == null || paid.anaphor() || clause.wordsBetween(paid.end(), anchor.start()) > 0
                || clause.wordsBetween(clause.start, paid.start()) > FRONTED_PHRASE_WORDS) {
            return null;
        }
        return paid;
    }

    private static Roles verbRoles(Clause clause, Cue anchor, MoneyMention amount) {
        boolean acquisition = anchor.kind() == CueKind.ACQ_VERB;
        Roles paidRelative = acquisition ? null : paidRelativeRoles(clause, anchor);
        if (paidRelative != null) {
            return paidRelative;
        }
        Roles proclitic = acquisition && clause.procliticObjectBefore(anchor) ? procliticObjectRoles(clause, anchor,
                amount) : null;
        if (proclitic != null) {
            return proclitic;
        }
        Roles amountRelative = amountRelativeRoles(clause, anchor, amount);
        if (amountRelative != null) {
            return amountRelative;
        }
        Roles cleft = infinitiveCleftRoles(clause, anchor);
        if (cleft != null) {
            return cleft;
        }
        Candidate subject = clause.subject(anchor);
        Candidate relativeSubject = subject == null || !clause.followedByRelative(subject) ? null
                : clause.firstBetween(anchor, EnumSet.of(Marker.NONE), subject, subject.end(), anchor.start());
        int afterApposition = subject == null || relativeSubject != null ? -1 : clause.relativeAfterApposition(subject);
        if (afterApposition >= 0 && afterApposition <= anchor.start()) {
            // "Wiz, a listed firm, which Google bought for N": the same past an apposition of the name
            relativeSubject = clause.firstBetween(anchor, EnumSet.of(Marker.NONE), subject, afterApposition,
                    anchor.start());
        }
        if (relativeSubject != null && !relativeSubject.anaphor() && !Clause.sameEntity(relativeSubject, subject)) {
            // "Cruise, which GM bought for $1bn": the name before "which" is the object of the relative clause
            return new Roles(payer(clause, relativeSubject, anchor.type()), subject, anchor.type());
        }
        Candidate nameBefore = relativeSubject == null ? lastNameBefore(clause, anchor) : null;
        Candidate described = nameBefore == null ? null : clause.antecedentOfDescription(nameBefore);
        if (described != null && !Clause.sameEntity(described, nameBefore)) {
            // "Wiz, a listed firm that Google bought for N": the described name is the object of the relative clause
            return new Roles(payer(clause, nameBefore, anchor.type()), described, anchor.type());
        }
        Set<Marker> targets = acquisition ? ACQ_TARGETS : onTargets(anchor);
        Candidate priceAgent = subject == null ? agentRightAfterPayment(clause, anchor) : null;
        Candidate paidForByAgent = priceAgent == null ? null
                : clause.firstAfter(anchor, EnumSet.of(Marker.FOR), priceAgent);
        if (paidForByAgent != null) {
            // "Il prezzo pagato da X per Y è pari a N", "the price paid by X for Y was N": a payment with no subject,
            // its agent right after it, pays for the company after "per" / "for"
            return new Roles(priceAgent, paidForByAgent, DealType.ACQUISITION);
        }
        Candidate reduced = reducedPassiveSubject(clause, anchor);
        if (reduced != null || isPassive(clause, anchor)) {
            // "Zentrix, the unit of Halvora, bought by Y": a name after "of" in an apposition is the owner, not bought
            Candidate bought = reduced != null && (subject == null || !reduced.anaphor())
                    && clause.marker(reduced, anchor) != Marker.OF ? reduced : subject;
            boolean sale = isPassiveSale(clause, anchor);
            // "X passa a Y per N": the buyer is the name right after the phrase, whatever its preposition
            Set<Marker> agents = sale ? EnumSet.allOf(Marker.class) : agentMarkers(clause);
            Candidate investor = clause.firstAfter(anchor, agents, bought);
            if (investor == null && !sale) {
                investor = clause.firstBetween(anchor, agents, bought, clause.start, anchor.start());
            }
            Candidate target = bought == null
                    ? clause.firstAfter(anchor, EnumSet.of(Marker.IN, Marker.TO), investor)
                    : bought == subject ? listedNameBeforeParticiple(clause, anchor, subject) : bought;
            if (target == null && clause.lexicon.verbSecond) {
                // verb-final, the amount the subject: "dass 100 Mio. Euro in X gesteckt wurden"; a company the table
                // knows, as a capitalised plural noun there is often a sum over many ("in KI-Neugründungen investiert")
                Candidate paid = clause.firstBetween(anchor, EnumSet.of(Marker.IN), investor, clause.start,
                        anchor.start());
                target = paid == null || paid.anaphor() || paid.mention().provisional() ? null : paid;
            }
            return new Roles(investor, target, anchor.type());
        }
        if (subject == null && clause.lexicon.verbSecond) {
            Candidate inverted = clause.firstAfter(anchor, EnumSet.of(Marker.OBJECT), null);
            Candidate describedAfterVerb = clause.candidates.stream().filter(c -> c.start() >= anchor.end())
                    .findFirst().orElse(null);
            if (inverted != null && describedAfterVerb != null && describedAfterVerb.anaphor()
                    && describedAfterVerb.end() <= inverted.start()
                    && clause.objectDistance(describedAfterVerb, anchor) == 1
                    && clause.nominativeArticleBefore(describedAfterVerb)) {
                // "Damals erwarb der Konzern Wiz für N": the description right after the verb is its subject
                inverted = describedAfterVerb;
            }
            // "investierte Meta 14 Milliarden", "nimmt der Konzern 14 Milliarden in die Hand": the subject after the verb
            // "12 Milliarden Euro gibt der französische Fonds Y": with the amount fronted, a name after an
            // article and a short description right after the verb is its subject too
            // "Im Mai übernahm der Schweizer Konzern X die Firma Y für N": so is it with an adverbial fronted instead
            boolean describedSubject = inverted != null && !inverted.anaphor()
                    && (amount.end() <= anchor.start() || inverted.end() <= amount.start())
                    && clause.nominativeArticleRightAfter(anchor)
                    && (clause.objectDistance(inverted, anchor) >= 1 && clause.objectDistance(inverted, anchor) <= 3
                            || clause.describedRightAfter(inverted, anchor));
            if (inverted != null && (clause.objectDistance(inverted, anchor) == 0
                    || inverted.anaphor() && clause.objectDistance(inverted, anchor) == 1
                    && clause.nominativeArticleBefore(inverted) || describedSubject)) {
                Set<Marker> loose = EnumSet.copyOf(targets);
                loose.add(Marker.NONE);
                Candidate object = clause.firstAfter(anchor, loose, inverted);
                if (object == null && anchor.kind() == CueKind.PAY_VERB) {
                    object = frontedPaid(clause, anchor, inverted);
                }
                return new Roles(inverted, object == null && !acquisition ? clause.purposeObject(inverted) : object,
                        anchor.type());
            }
        }
        Candidate target = namedAfterModifier(clause, clause.firstAfter(anchor, targets, subject));
        Candidate paidFor = paidForOverRecipient(clause, anchor, amount, target, subject);
        if (paidFor != null) {
            // "KKR will pay Siemens $700m for Celonis", "versera 700 millions à Siemens pour X": the seller is paid,
            // the company after "for" past the amount is the one bought
            return new Roles(single(clause, subject), paidFor, DealType.ACQUISITION);
        }
        if (target != null && clause.lexicon.verbSecond && amount.end() <= anchor.start()
                && clause.text.indexOf(',', anchor.end()) >= 0
                && clause.text.indexOf(',', anchor.end()) < target.start()) {
            // "Softbank könnte 20 Mrd. in OpenAI investieren, zusätzlich zum Beitrag für Stargate": with the verb at the
            // end of its clause, the name after "in" before it is the target, not one after the comma
            Candidate before = clause.firstBetween(anchor, EnumSet.of(Marker.IN), subject,
                    subject == null ? clause.start : subject.end(), anchor.start());
            target = before != null && !before.anaphor() ? before : target;
        }
        if (target == null && !acquisition) {
            target = ownerOfRoundPaidInto(clause, anchor, subject);
        }
        DealType type = anchor.type();
        if (target != null && acquisition && clause.marker(target, anchor) == Marker.IN) {
            type = DealType.INVESTMENT;
        }
        if (target != null && acquisition && clause.marker(target, anchor) == Marker.OF
                && amount.start() >= anchor.end() && amount.end() <= target.start()) {
            // "buy $250bn of Azure services from Microsoft": goods bought from a seller, not a company
            Candidate seller = clause.firstAfter(anchor, EnumSet.of(Marker.FROM), subject);
            target = seller != null ? seller : target;
            type = DealType.CONTRACT;
        }
        if (target == null && subject != null) {
            Set<Marker> between = EnumSet.of(Marker.IN, Marker.TO);
            if (clause.lexicon.verbSecond) {
                between.add(Marker.NONE);
                between.add(Marker.OF);
                between.add(Marker.OBJECT);
                // the verb at the end of its clause: "X hat für Y 900 Millionen gezahlt", "..., dass X für Y N ausgab"
                between.add(Marker.FOR);
            }
            // "..., dass X und Y 200 Millionen in Z investieren": a name joined to the subject is a subject too
            List<Candidate> subjects = clause.coordinationOf(subject);
            target = clause.firstBetween(anchor, between, subject, subjects.get(subjects.size() - 1).end(),
                    anchor.start());
        }
        if (target == null && subject == null && acquisition && clause.lexicon.verbSecond) {
            // "die Absichtserklärung, die Chipdesigner von Arm für 40 Mrd. zu übernehmen": the object of an infinitive
            // at the end of the clause, after its last comma; the buyer is left out (see withTopicAsBuyer)
            target = clause.firstBetween(anchor, EnumSet.of(Marker.OBJECT, Marker.OF, Marker.NONE), null,
                    clause.afterLastPunctuation(anchor.start()), anchor.start());
        }
        if (target == null && subject != null && !acquisition) {
            target = headlineBeneficiary(clause, subject);
        }
        if (target == null && subject != null && !acquisition) {
            // "Nvidia hat 900 Millionen ausgegeben, um Enfabrica-CEO X einzustellen": what the money is for
            target = clause.purposeObject(subject);
        }
        if (target == null && acquisition) {
            target = clause.firstAfter(anchor, EnumSet.of(Marker.FROM), subject);
            type = DealType.CONTRACT;
        }
        if (target == null && clause.hasTalks()) {
            target = clause.firstBetween(anchor, EnumSet.of(Marker.WITH), subject, clause.start, clause.end);
        }
        if (target == null && !acquisition) {
            target = clause.investeeOfInvestorNoun(subject);
        }
        if (target == null && !acquisition && subject != null && !subject.anaphor()
                && clause.cues.stream().anyMatch(c -> (c.kind() == CueKind.ROUND_NOUN || c.kind() == CueKind.RAISE_VERB)
                        && c.end() <= subject.start())) {
            // "Il round punta a raccogliere 40 miliardi, con SoftBank che ne ha già impegnati 30": a payer with no
            // object after a round pays into that round, whose company the previous sentences name
            target = new Candidate(null, anchor.end(), anchor.end(), false, false, false);
        }
        Candidate buyerAfterPurpose = subject == null && acquisition && target != null
                ? clause.subjectAfterOpeningPhrase(anchor) : null;
        if (buyerAfterPurpose != null && !Clause.sameEntity(buyerAfterPurpose, target)) {
            // "Per acquisire il 100% di X, Y ha messo sul piatto N", "Para quedarse con X, Y desembolsó N": the
            // purchase of an opening purpose phrase is made by the name right after its comma
            return new Roles(buyerAfterPurpose, target, type);
        }
        if (subject == null && acquisition && target != null) {
            // "el acuerdo de X para adquirir Y", "l'offerta di X per acquisire Y": the one whose deal it is buys
            return new Roles(dealOwnerBefore(clause, anchor, target), target, type);
        }
        return new Roles(payer(clause, subject, type), target, type);
    }

    /**
     * "Y compte investir 3 milliards dans la levée de fonds de X", "invest $2bn in the funding round of X": a
     * paying verb with no object pays the company named right after "of" a round noun that follows it. Null when
     * there is no such round noun within {@value #ROUND_AFTER_PAY_WORDS} words or no name right after it.
     */
    private static Candidate ownerOfRoundPaidInto(Clause clause, Cue anchor, Candidate subject) {
        Cue round = clause.cues.stream()
                .filter(c -> c.kind() == CueKind.ROUND_NOUN && c.start() >= anchor.end()
                        && clause.wordsBetween(anchor.end(), c.start()) <= ROUND_AFTER_PAY_WORDS)
                .findFirst().orElse(null);
        if (round == null) {
            return null;
        }
        Candidate owner = clause.firstAfter(round, EnumSet.of(Marker.OF), subject);
        return owner != null && !owner.anaphor() && clause.wordsBetween(round.end(), owner.start()) <= 1 ? owner : null;
    }

    /**
     * "the purchase of X-chip maker Y": a name inside a modifier stands for the next name, when that
     * follows within {@value #NAME_AFTER_MODIFIER_WORDS} words; else {@code candidate} as it is.
     */
    private static Candidate namedAfterModifier(Clause clause, Candidate candidate) {
        if (candidate == null || !candidate.modifier()) {
            return candidate;
        }
        return clause.candidates.stream().filter(c -> c.start() >= candidate.end()).findFirst()
                .filter(c -> !c.anaphor() && !c.modifier()
                        && clause.wordsBetween(candidate.end(), c.start()) <= NAME_AFTER_MODIFIER_WORDS)
                .orElse(candidate);
    }

    /**
     * "el acuerdo de X para adquirir Y", "l'accord de X pour racheter Y", "the offer of X to buy Y": a name right after
     * a deal noun and "of", at most {@value #DEAL_OWNER_TO_VERB_WORDS} words ("para", "pour", "to") before an
     * acquiring verb with no subject; null otherwise.
     */
    private static Candidate dealOwnerBefore(Clause clause, Cue anchor, Candidate target) {
        Candidate owner = clause.firstBetween(anchor, EnumSet.of(Marker.OF), target, clause.start, anchor.start());
        if (owner == null || owner.anaphor() || clause.wordsBetween(owner.end(), anchor.start()) > DEAL_OWNER_TO_VERB_WORDS
                || clause.lexicon.dealNoun == null) {
            return null;
        }
        int from = Math.max(clause.start, owner.start() - DEAL_NOUN_BEFORE_OWNER_CHARS);
        Matcher noun = clause.lexicon.dealNoun.matcher(clause.text).region(from, owner.start());
        int nounEnd = -1;
        while (noun.find()) {
            nounEnd = noun.end();
        }
        return nounEnd >= 0 && clause.wordsBetween(nounEnd, owner.start()) <= 1 ? owner : null;
    }

    /**
     * The company named right after an amount and the words that make it ownership received in that company
     * ({@code equityReceived}: "$500 million worth of equity in Y"); null when there are no such words, or no
     * name other than the receiver within {@link #EQUITY_OWNER_WORDS} words after them.
     */
    private static Candidate companyOwnedAfter(Clause clause, MoneyMention amount, Candidate receiver) {
        if (clause.lexicon.equityReceived == null || amount.end() >= clause.end) {
            return null;
        }
        Matcher words = clause.lexicon.equityReceived.matcher(clause.text).region(amount.end(), clause.end);
        if (!words.lookingAt()) {
            return null;
        }
        int from = words.end();
        return clause.candidates.stream()
                .filter(c -> c.start() >= from && !c.anaphor() && !Clause.sameEntity(c, receiver)
                        && clause.wordsBetween(from, c.start()) <= EQUITY_OWNER_WORDS)
                .findFirst().orElse(null);
    }

    /** One party, or none when several are named together ("Microsoft and Nvidia sign a deal"). */
    private static Candidate single(Clause clause, Candidate investor) {
        return investor != null && clause.isCoordinated(investor) ? null : investor;
    }

    /**
     * The payer of a deal of {@code type}: for several payers named together ("Temasek and GIC invested $75m in X",
     * "raised $75m from Temasek, GIC and Accel"), the first of them, as the labels count a round with no lead named
     * (a lead named after it still replaces it: DealExtractor); none for a contract, whose sides named together do not
     * say which pays ("Microsoft and Nvidia signed a deal").
     */
    private static Candidate payer(Clause clause, Candidate investor, DealType type) {
        if (investor == null || !clause.isCoordinated(investor)) {
            return investor;
        }
        if (type == DealType.CONTRACT) {
            return null;
        }
        Candidate first = clause.coordinationOf(investor).get(0);
        return first.anaphor() ? null : first;
    }

    /**
     * The company whose funding round the clause is about: "OpenAI's round", "a $40bn OpenAI round",
     * "round in OpenAI", "aumento di capitale di xAI", "Finanzierungsrunde von Aleph Alpha".
     */
    private static Candidate roundOwner(Clause clause, Cue anchor, Candidate investor) {
        List<Cue> rounds = new ArrayList<>();
        rounds.add(anchor);
        clause.cues.stream()
                .filter(c -> c != anchor && (c.kind() == CueKind.ROUND_NOUN || c.kind() == CueKind.INV_NOUN))
                .forEach(rounds::add);
        for (Cue round : rounds) {
            Candidate owner = clause.possessiveBefore(round);
            if (owner == null) {
                owner = clause.adjunctBefore(round);
            }
            if (owner == null) {
                owner = clause.firstAfter(round, EnumSet.of(Marker.IN, Marker.FOR, Marker.OF), investor);
            }
            if (owner == null) {
                // "joined a $300m round that the start-up Zentrix closed": the subject of the relative clause
                owner = clause.subjectOfRelativeAfter(round, investor);
            }
            if (owner != null && !Clause.sameEntity(owner, investor)) {
                return owner;
            }
        }
        return null;
    }

    /**
     * A verb of paying (not investing) whose first object is its recipient, bare or after "to" ("pay Siemens $700m",
     * "versera 700 millions à Siemens"), and a company after "for" past both the amount and the recipient ("... for
     * X"): X is bought from the recipient. Null otherwise ("paid $400m for X" already names X first).
     */
    private static Candidate paidForOverRecipient(Clause clause, Cue anchor, MoneyMention amount, Candidate recipient,
            Candidate subject) {
        if (recipient == null || recipient.anaphor() || anchor.kind() != CueKind.PAY_VERB
                || anchor.type() != DealType.CONTRACT || recipient.start() < anchor.end()
                || amount.start() < anchor.end()) {
            return null;
        }
        Marker marker = clause.marker(recipient, anchor);
        if (marker != Marker.OBJECT && marker != Marker.TO && marker != Marker.NONE) {
            return null;
        }
        Candidate bought = clause.firstAfter(anchor, EnumSet.of(Marker.FOR), recipient);
        if (bought == null || bought.anaphor() || Clause.sameEntity(bought, subject)
                || bought.start() < Math.max(amount.end(), recipient.end())) {
            return null;
        }
        return bought;
    }

    private static Set<Marker> onTargets(Cue anchor) {
        Set<Marker> targets = EnumSet.copyOf(PAY_TARGETS);
        if (anchor.type() == DealType.CONTRACT) {
            targets.add(Marker.ON);
            targets.add(Marker.WITH);
        }
        return targets;
    }

    /**
     * The name right after a pay verb, introduced by an agent's preposition ("pagato da X", "paid by X"), with no other
     * word between; null when there is none or the verb is no payment.
     */
    private static Candidate agentRightAfterPayment(Clause clause, Cue anchor) {
        if (anchor.kind() != CueKind.PAY_VERB) {
            return null;
        }
        Candidate agent = clause.firstAfter(anchor, agentMarkers(clause), null);
        return agent == null || agent.anaphor() || clause.wordsBetween(anchor.end(), agent.start()) > 1
                || clause.candidates.stream().anyMatch(c -> c.start() >= anchor.end() && c.start() < agent.start())
                ? null : agent;
    }

    /** Who gives the money: "by", "from", and where the genitive also means "from" (von, de), that too. */
    private static Set<Marker> agentMarkers(Clause clause) {
        Set<Marker> agents = EnumSet.copyOf(AGENTS);
        if (clause.lexicon.genitiveMeansFrom) {
            agents.add(Marker.OF);
        }
        return agents;
    }

    /**
     * "la néerlandaise Zentrix, rachetée pour 100 millions", "Zentrix, acquired for $100m": a participle right after a
     * name and a comma is a passive without auxiliary whose subject is that name; null when the cue is no such
     * participle or no name stands right before its comma.
     */
    private static Candidate reducedPassiveSubject(Clause clause, Cue anchor) {
        DealLexicon lexicon = clause.lexicon;
        if (lexicon.passiveClause != null
                || !lexicon.passiveParticiple.matcher(clause.text.substring(anchor.start(), anchor.end())).matches()) {
            return null;
        }
        int at = anchor.start();
        while (at > clause.start && Character.isWhitespace(clause.text.charAt(at - 1))) {
            at--;
        }
        if (at <= clause.start) {
            return frontedParticipleSubject(clause, anchor);
        }
        if (clause.text.charAt(at - 1) != ',') {
            return null;
        }
        int comma = at - 1;
        while (comma > clause.start && Character.isWhitespace(clause.text.charAt(comma - 1))) {
            comma--;
        }
        int nameEnd = comma;
        return clause.candidates.stream().filter(c -> c.end() == nameEnd).findFirst().orElse(null);
    }

    /**
     * "Rachetée par Y pour N, la start-up X passe...", "Acquired by Y for $N, X is...": a participle that opens its
     * clause describes the first name after the comma that closes it; null when no comma closes it before the clause
     * ends or no name follows that comma.
     */
    private static Candidate frontedParticipleSubject(Clause clause, Cue anchor) {
        int comma = clause.text.indexOf(',', anchor.end());
        if (comma < 0 || comma >= clause.end) {
            return null;
        }
        return clause.candidates.stream().filter(c -> c.start() > comma).findFirst().orElse(null);
    }

    /**
     * "A, B e C - acquistata da Y per N - sono...", "A, B and C, acquired by Y for N, are...": a participle set off
     * by a comma or a dash right after the last name of a list describes that name, not the first of the list.
     * {@code subject} when no other name of its list stands right before the participle.
     */
    private static Candidate listedNameBeforeParticiple(Clause clause, Cue anchor, Candidate subject) {
        for (Candidate c : clause.candidates) {
            if (!c.anaphor() && c.end() <= anchor.start() && c.start() > subject.end()
                    && APPOSITION_GAP.matcher(clause.text).region(c.end(), anchor.start()).matches()
                    && onlyListedNamesBetween(clause, subject.end(), c.start())) {
                return c;
            }
        }
        return subject;
    }

    /**
     * Whether the text from {@code from} to {@code to} holds only the names of a list: items of at most
     * {@value #LIST_ITEM_WORDS} words with no article, joined by commas or conjunctions ("a, nice, b e c"; the text
     * is lowered, so names the entity table does not know count too).
     */
    private static boolean onlyListedNamesBetween(Clause clause, int from, int to) {
        for (String item : clause.text.substring(from, to).split(",")) {
            String[] words = item.strip().split("\\s+");
            int count = 0;
            for (String word : words) {
                if (word.isEmpty() || clause.lexicon.conjunction.matcher(word).matches()) {
                    count = 0;
                    continue;
                }
                if (clause.lexicon.article.matcher(word).matches() || ++count > LIST_ITEM_WORDS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether the deal verb {@code anchor} is a passive participle ("was acquired", "è stata acquisita", "wurde"). */
    static boolean isPassive(Clause clause, Cue anchor) {
        DealLexicon lexicon = clause.lexicon;
        String cue = clause.text.substring(anchor.start(), anchor.end());
        if (isPassiveSale(clause, anchor)) {
            return true;
        }
        if (!lexicon.passiveParticiple.matcher(cue).matches()) {
            return false;
        }
        if (lexicon.passiveClause != null) {
            // "ASML investiert N in X und wird damit größter Anteilseigner": the auxiliary of a second verb joined
            // after the deal verb makes no passive of it
            Matcher aux = lexicon.passiveClause.matcher(clause.text).region(clause.start, clause.end);
            while (aux.find()) {
                if (aux.start() < anchor.start()
                        || !lexicon.conjunctionWord.matcher(clause.text).region(anchor.end(), aux.start()).find()) {
                    return true;
                }
            }
            return false;
        }
        String before = clause.text.substring(clause.start, anchor.start());
        return lexicon.passiveAuxBefore.matcher(before).find()
                || lexicon.agentAfter.matcher(clause.text).region(anchor.end(), clause.end).lookingAt()
                        && !activeAuxiliaryBefore(clause, anchor);
    }

    /**
     * Whether the word right before the participle {@code anchor} is the auxiliary of an active past ("Eni ha acquisito
     * da Y un portafoglio": "da" names the seller, not the agent of a passive), for languages whose agent word also
     * means "from" (key {@code procliticAuxiliaries}).
     */
    private static boolean activeAuxiliaryBefore(Clause clause, Cue anchor) {
        Pattern auxiliary = clause.lexicon.procliticAuxiliary;
        if (auxiliary == null) {
            return false;
        }
        int end = anchor.start();
        while (end > clause.start && Character.isWhitespace(clause.text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > clause.start && Character.isLetter(clause.text.charAt(start - 1))) {
            start--;
        }
        return start < end && auxiliary.matcher(clause.text).region(start, end).matches();
    }

    /** Whether the deal verb {@code anchor} names the company bought as its subject and the buyer after it ("passa a"). */
    private static boolean isPassiveSale(Clause clause, Cue anchor) {
        DealLexicon lexicon = clause.lexicon;
        return lexicon.passiveSale != null && anchor.kind() == CueKind.ACQ_VERB
                && lexicon.passiveSale.matcher(clause.text).region(anchor.start(), anchor.end()).matches();
    }

    /**
     * The company named right after the round noun and "for" ("a $10bn round for Zentrix"), or after the round's
     * amount ("un round da 10 miliardi per Zentrix"), other than the subject; null when other words stand between or
     * the name is a description.
     */
    private static Candidate namedRightAfterFor(Clause clause, Cue round, Candidate subject, MoneyMention amount) {
        Candidate owner = clause.firstAfter(round, EnumSet.of(Marker.FOR), subject);
        if (owner == null || owner.anaphor()) {
            return null;
        }
        boolean amountBetween = amount.start() >= round.end() && amount.end() <= owner.start();
        boolean rightAfter = amountBetween
                ? clause.wordsBetween(round.end(), amount.start()) <= 1
                        && clause.wordsBetween(amount.end(), owner.start()) <= 1
                : clause.wordsBetween(round.end(), owner.start()) <= 1;
        return rightAfter ? owner : null;
    }

    private static Roles raiseRoles(Clause clause, Cue anchor, MoneyMention amount) {
        Candidate demonstrated = clause.ownerAfterDemonstrative(amount);
        Candidate subject = demonstrated != null ? demonstrated : clause.subject(anchor);
        if (subject == null && anchor.kind() == CueKind.RAISE_VERB) {
            subject = invertedSubject(clause, anchor, amount);
        }
        if (subject == null && anchor.kind() == CueKind.RAISE_VERB) {
            // "Avec 472 millions d'euros levés, X prend la deuxième place", "With $472m raised, X ranks second": the
            // money raised in an opening phrase is the raise of the name right after its comma
            subject = clause.subjectAfterOpeningPhrase(anchor, true);
        }
        if (anchor.kind() == CueKind.ROUND_NOUN && (subject == null || subject.anaphor())) {
            // "It follows a $500 million round for AI chip start-up Etched": the round is the named company's
            Candidate forOwner = clause.firstAfter(anchor, EnumSet.of(Marker.FOR), null);
            if (forOwner != null && !forOwner.anaphor()) {
                subject = forOwner;
            } else {
                // "The fund led an N funding in X": the name right after "in" owns the round
                Candidate inOwner = clause.firstAfter(anchor, EnumSet.of(Marker.IN), null);
                if (inOwner != null && !inOwner.anaphor() && clause.wordsBetween(anchor.end(), inOwner.start()) <= 1) {
                    subject = inOwner;
                }
            }
        }
        Candidate roundFor = anchor.kind() == CueKind.ROUND_NOUN && subject != null && !subject.anaphor()
                && subject.end() <= anchor.start() ? namedRightAfterFor(clause, anchor, subject, amount) : null;
        if (roundFor != null) {
            // "Meta is finalising a $10bn round for Zentrix": the round named right after "for" is that company's;
            // the subject who makes it pays
            return new Roles(payer(clause, subject, DealType.INVESTMENT), roundFor, DealType.INVESTMENT);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            subject = clause.firstAfter(anchor, EnumSet.of(Marker.OF), null);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            subject = clause.subjectAfterOpeningPhrase(anchor);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            // "Finanzierungsrunde mit N Euro: Junges Unternehmen 'X' ...": the name after the colon
            subject = clause.subjectAfterColon(anchor, amount);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            // "La ronda que cerró xAI alcanzó 20.000 millones": the subject of a relative clause on the round
            subject = clause.subjectOfRelativeAfter(anchor, null);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            // "half the size of xAI's Series E ($20B)", "part of Intel's $10.9 billion in funding"
            subject = clause.possessiveBefore(anchor);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            // "i progressi di X verso la chiusura di un round da N miliardi": the clause's only name
            subject = clause.soleOwnerBefore(anchor, amount);
        }
        if ((subject == null || subject.anaphor()) && anchor.kind() == CueKind.ROUND_NOUN) {
            // "une seule levée de fonds majeure, celle du champion français, Mistral (1,7 milliard d'euros)": the
            // name the amount stands in brackets after
            Candidate bracketed = nameBeforeBracketedAmount(clause, amount);
            subject = bracketed != null ? bracketed : subject;
        }
        if ((subject == null || subject.anaphor()) && anchor.kind() == CueKind.RAISE_VERB) {
            // "los 500 millones recaudados por X", "the $500m raised by X": the agent of the raise right after it,
            // also over a pronoun or left-out subject ("it was followed by the $1bn raised by X")
            Candidate agent = agentOfRaiseAfterAmount(clause, anchor, amount);
            subject = agent != null ? agent : subject;
        }
        if (subject == null && anchor.kind() == CueKind.RAISE_VERB) {
            // a founder raises for the company: "Sutskever raised $1 billion for his new company SSI"
            subject = clause.firstAfter(anchor, EnumSet.of(Marker.FOR), null);
        }
        if (anchor.kind() == CueKind.ROUND_NOUN && subject != null && clause.lexicon.verbSecond
                && paysBefore(clause, subject, anchor) && !clause.followedByJoinVerb(subject)) {
            // "Der Konzern investiert bei einer Finanzierungsrunde 2 Mrd. in X": the subject of the
            // paying verb pays; the round is X's, which the verb's own roles tell ("beteiligen sich an der Runde von
            // X" joins it, below)
            return null;
        }
        Candidate roundPaidInto = anchor.kind() == CueKind.ROUND_NOUN && subject != null && !subject.anaphor()
                && !clause.lexicon.verbSecond && payVerbIntoRound(clause, subject, anchor)
                ? roundOwner(clause, anchor, subject) : null;
        if (roundPaidInto != null && !roundPaidInto.anaphor()) {
            // "X invested in Y's $200m round", "X ha investito nel round da N di Y": the subject of the paying verb
            // pays into the round of the company named with it (German is read above, through the verb)
            return new Roles(payer(clause, subject, DealType.INVESTMENT), roundPaidInto, DealType.INVESTMENT);
        }
        if (subject == null && anchor.kind() == CueKind.ROUND_NOUN) {
            // "Shares of X jumped after its $1.1bn listing": the company the possessive pronoun stands for
            subject = clause.ownerOfPossessivePronoun(anchor, amount);
        }
        boolean unnamed = subject == null;
        if (unnamed) {
            subject = clause.unnamedOwner(anchor, amount);
        }
        Candidate owned = anchor.kind() == CueKind.RAISE_VERB && subject != null && !unnamed
                ? companyOwnedAfter(clause, amount, subject) : null;
        if (owned != null) {
            // "Microsoft receiving $500 million worth of equity in Y": the one who receives a stake pays for it
            return new Roles(payer(clause, subject, DealType.INVESTMENT), owned, DealType.INVESTMENT);
        }
        if (subject != null && !unnamed && clause.followedByJoinVerb(subject)) {
            return new Roles(payer(clause, subject, DealType.INVESTMENT), roundOwner(clause, anchor, subject),
                        DealType.INVESTMENT);
        }
        Set<Marker> agents = agentMarkers(clause);
        if (clause.hasTalks()) {
            agents.add(Marker.WITH);
        }
        // "Anthropic, which is backed by Amazon, raised $2bn in a round led by Google": the agent after the
        // deal word wins; one before it counts only when there is none after (German verb-final clauses).
        Candidate investor = clause.firstAfter(anchor, agents, subject);
        if (investor == null) {
            investor = clause.firstBetween(anchor, agents, subject, clause.start, anchor.start());
        }
        if (investor == null && anchor.kind() == CueKind.RAISE_VERB && amount.start() >= anchor.end()) {
            investor = genitiveRightAfter(clause, anchor, amount, subject);
        }
        if (investor == null && (anchor.kind() == CueKind.RAISE_VERB || anchor.kind() == CueKind.ROUND_NOUN)
                && subject != null && !subject.anaphor() && amount.start() >= anchor.end()) {
            // "X landed $17bn with Y", "X capta N en créditos con Y": the company the amount is raised with pays;
            // so does the one a named company's round noun and its amount are closed with ("X cerró un
            // financiamiento de N con Y")
            investor = raisedWith(clause, amount, subject);
        }
        if (investor == null && anchor.kind() == CueKind.RAISE_VERB && subject != null && !subject.anaphor()
                && amount.start() >= anchor.end()) {
            investor = investorOfInvestmentNounAfter(clause, amount, subject);
        }
        if (investor != null && investor.anaphor()) {
            investor = null;
        }
        if (investor != null && investor.start() > amount.end() && raisedAgainBefore(clause, amount, investor)) {
            // "una ronda de N y la startup Y, que recaudó M liderada por Z": the lead of the later raise
            investor = null;
        }
        if (investor != null && subject != null && investor.end() <= subject.start()
                && clause.marker(investor, anchor) == Marker.OF) {
            // "La ronda de Mistral AI llega después de que xAI recaudara...": a genitive before the subject owns
            // something else; it does not pay the subject
            investor = null;
        }
        if (investor != null && subject != null && !subject.anaphor() && anchor.kind() == CueKind.RAISE_VERB
                && clause.goodsBetween(amount, investor)) {
            // "X hat sich für N Euro Rechenchips von Y gesichert": bought from the seller
            return new Roles(single(clause, subject), investor, DealType.CONTRACT);
        }
        if (investor != null && subject != null && !investor.anaphor() && anchor.kind() == CueKind.RAISE_VERB
                && clause.goodsBeforeSeller(anchor, investor, amount)) {
            // "Der Konzern sichert sich die Bildtechnologie von Y für N": also with a description as the buyer
            return new Roles(single(clause, subject), investor, DealType.CONTRACT);
        }
        return new Roles(payer(clause, investor, DealType.INVESTMENT), subject, DealType.INVESTMENT);
    }

    /**
     * "Geldspritze für X: Y investiert N Euro", "Nuovi fondi per X: Y investe N": the
     * name right before a colon that stands right before the subject, after "for", "in" or "to", is paid. Null when
     * there is none.
     */
    private static Candidate headlineBeneficiary(Clause clause, Candidate subject) {
        for (Candidate c : clause.candidates) {
            if (c.end() > subject.start()) {
                break;
            }
            if (!c.anaphor() && !Clause.sameEntity(c, subject)
                    && clause.text.substring(c.end(), subject.start()).matches("\\s*:\\s*")
                    && EnumSet.of(Marker.FOR, Marker.IN, Marker.TO).contains(clause.marker(c, null))) {
                return c;
            }
        }
        return null;
    }

    /**
     * "los 500 millones recaudados por X", "les 500 millions levés par X", "the $500m raised by X": a raise verb right
     * after the amount (or after its conversion in brackets), then its agent ("by") and a name within
     * {@value #AGENT_NAME_WORDS} words: that name raised the amount. Null otherwise.
     */
    private static Candidate agentOfRaiseAfterAmount(Clause clause, Cue anchor, MoneyMention amount) {
        if (amount.end() > anchor.start() || !blankOrConversion(clause, amount.end(), anchor.start())) {
            return null;
        }
        Matcher agent = agentAfterAdjunct(clause, anchor.end());
        if (agent == null) {
            return null;
        }
        for (Candidate c : clause.candidates) {
            if (c.start() >= agent.end()) {
                return !c.anaphor() && clause.wordsBetween(agent.end(), c.start()) <= AGENT_NAME_WORDS ? c : null;
            }
        }
        return null;
    }

    /**
     * The passive agent word right after {@code from}, or after at most {@value #ADJUNCT_BEFORE_AGENT_WORDS} words of
     * a place or time adjunct ("raised in London by X", "raccolti a Parigi in aprile dalla X") with no punctuation,
     * amount or name among them; null when there is none.
     */
    private static Matcher agentAfterAdjunct(Clause clause, int from) {
        Matcher agent = clause.lexicon.agentAfter.matcher(clause.text);
        int at = from;
        for (int words = 0; words <= ADJUNCT_BEFORE_AGENT_WORDS; words++) {
            if (agent.region(at, clause.end).lookingAt()) {
                return agent;
            }
            Matcher word = ADJUNCT_WORD.matcher(clause.text).region(at, clause.end);
            if (!word.lookingAt()) {
                return null;
            }
            int wordStart = at;
            int wordEnd = word.end();
            if (clause.candidates.stream().anyMatch(c -> c.start() < wordEnd && c.end() > wordStart)
                    || clause.money.stream().anyMatch(m -> m.start() < wordEnd && m.end() > wordStart)) {
                return null;
            }
            at = wordEnd;
        }
        return null;
    }

    /**
     * Whether the text from {@code from} to {@code to} is blank, or holds only a bracket around an amount of the
     * clause, the same money in another currency ("$1.1bn (€950m) raised by X").
     */
    private static boolean blankOrConversion(Clause clause, int from, int to) {
        String gap = clause.text.substring(from, to);
        if (gap.isBlank()) {
            return true;
        }
        int open = from + gap.indexOf('(');
        int close = from + gap.lastIndexOf(')');
        return open >= from && close > open && clause.text.substring(from, open).isBlank()
                && clause.text.substring(close + 1, to).isBlank() && gap.indexOf('(', open - from + 1) < 0
                && clause.money.stream().anyMatch(m -> m.start() > open && m.end() <= close);
    }

    /**
     * "Sechs Milliarden Dollar erhielt xAI", "Mit 1,1 Milliarden Dollar sicherte sich der Cloud-Anbieter CoreWeave
     * ...", "Im März sammelte X 40 Millionen ein": in a verb-second language, with the amount or an adverbial fronted
     * before a raise verb and no subject before it, the name right after the verb, or after an article and a short
     * description, is the subject (before the amount when that follows the verb). Null elsewhere.
     */
    private static Candidate invertedSubject(Clause clause, Cue anchor, MoneyMention amount) {
        if (!clause.lexicon.verbSecond || amount.end() > anchor.start() && amount.start() < anchor.end()) {
            return null;
        }
        // "der" right after the verb is the subject's article, not a genitive ("sicherte sich der Anbieter X")
        Candidate inverted = clause.firstAfter(anchor, EnumSet.of(Marker.OBJECT, Marker.NONE, Marker.OF), null);
        if (inverted == null || inverted.anaphor()) {
            return null;
        }
        if (amount.start() >= anchor.end() && (inverted.end() > amount.start() || amount.end() > clause.end
                || !plainGapToAmount(clause, inverted, amount))) {
            // "Im Mai sammelte X 40 Mio. ein": with an adverbial fronted, the subject stands between verb and amount
            return null;
        }
        int distance = clause.objectDistance(inverted, anchor);
        // "erhielt der Anbieter X", and with an extended attribute, "erhielt der in München ansässige Anbieter X"
        boolean described = clause.nominativeArticleRightAfter(anchor)
                && (distance >= 1 && distance <= 3 || clause.attributeRightAfter(anchor, inverted));
        return distance == 0 && clause.marker(inverted, anchor) != Marker.OF || described ? inverted : null;
    }

    /**
     * Whether {@code amount} stands close enough after the subject {@code inverted}: within
     * {@value #INVERTED_SUBJECT_TO_AMOUNT_WORDS} words (not counting a lead-in such as "im Wert von"), or within
     * {@value #INVERTED_SUBJECT_TO_AMOUNT_PLAIN_WORDS} words when no other name, no other amount and no punctuation
     * stands between ("Im Herbst sammelte X in einer neuen Runde bei Investoren rund N ein").
     */
    private static boolean plainGapToAmount(Clause clause, Candidate inverted, MoneyMention amount) {
        int words = clause.wordsBetween(inverted.end(), leadInStart(clause, inverted.end(), amount));
        if (words <= INVERTED_SUBJECT_TO_AMOUNT_WORDS) {
            return true;
        }
        if (words > INVERTED_SUBJECT_TO_AMOUNT_PLAIN_WORDS
                || PLAIN_GAP_BREAK.matcher(clause.text.substring(inverted.end(), amount.start())).find()) {
            return false;
        }
        return clause.candidates.stream().noneMatch(c -> c.start() >= inverted.end() && c.end() <= amount.start())
                && clause.money.stream().noneMatch(m -> m.start() >= inverted.end() && m.end() <= amount.start());
    }


    /**
     * Where the phrase that introduces {@code amount} starts ("Im Mai erhielt X einen Auftrag im Wert von N": "im Wert
     * von"), after {@code from}; the amount's start when no lead-in of the language ({@code amountLeadIns}) ends there.
     */
    private static int leadInStart(Clause clause, int from, MoneyMention amount) {
        Pattern leadIn = clause.lexicon.amountLeadIn;
        if (leadIn == null || from >= amount.start()) {
            return amount.start();
        }
        Matcher m = leadIn.matcher(clause.text).region(from, amount.start());
        return m.find() ? m.start() : amount.start();
    }

    /** Whether a raise verb and another amount stand between {@code amount} and {@code investor}. */
    private static boolean raisedAgainBefore(Clause clause, MoneyMention amount, Candidate investor) {
        boolean raise = clause.cues.stream().anyMatch(c -> c.kind() == CueKind.RAISE_VERB && c.start() >= amount.end()
                && c.end() <= investor.start());
        return raise && clause.money.stream().anyMatch(m -> m.start() >= amount.end() && m.end() <= investor.start());
    }

    /**
     * "X a obtenu quatre milliards de dollars d'Amazon": the name right after the amount a raise verb governs,
     * after "of", gives the money. Null when none follows the amount within {@value #PAYER_AFTER_RAISED_WORDS}
     * words.
     */
    private static Candidate genitiveRightAfter(Clause clause, Cue anchor, MoneyMention amount, Candidate subject) {
        for (Candidate c : clause.candidates) {
            if (c.start() < amount.end()) {
                continue;
            }
            boolean rightAfter = clause.wordsBetween(amount.end(), c.start()) <= PAYER_AFTER_RAISED_WORDS
                    && clause.marker(c, anchor) == Marker.OF;
            return rightAfter && !c.anaphor() && !Clause.sameEntity(c, subject) ? c : null;
        }
        return null;
    }

    /** The name right before the bracket that opens with {@code amount} ("Mistral (1,7 milliard d'euros)"), or null. */
    private static Candidate nameBeforeBracketedAmount(Clause clause, MoneyMention amount) {
        int open = amount.start() - 1;
        while (open >= clause.start && Character.isWhitespace(clause.text.charAt(open))) {
            open--;
        }
        if (open < clause.start || clause.text.charAt(open) != '(') {
            return null;
        }
        for (Candidate c : clause.candidates) {
            if (c.end() <= open && !c.anaphor() && clause.text.substring(c.end(), open).isBlank()) {
                return c;
            }
        }
        return null;
    }

    /**
     * "peu après son accord avec Y pour un investissement de 2 milliards": the name after "with" a contract
     * word, right before the investment noun (at most {@value #PARTNER_WORDS} words, no comma), invests in the company
     * the sentences before are about. Null when the clause has no such contract word and name.
     */
    private static Roles partnerInvestment(Clause clause, Cue anchor) {
        Cue contract = clause.cues.stream()
                .filter(c -> (c.kind() == CueKind.CONTRACT_NOUN || c.kind() == CueKind.PARTNERSHIP)
                        && c.end() <= anchor.start())
                .reduce((first, second) -> second).orElse(null);
        if (contract == null) {
            return null;
        }
        Candidate partner = clause.firstBetween(contract, EnumSet.of(Marker.WITH), null, contract.end(), anchor.start());
        if (partner == null || partner.anaphor() || clause.wordsBetween(partner.end(), anchor.start()) > PARTNER_WORDS
                || clause.text.substring(partner.end(), anchor.start()).indexOf(',') >= 0) {
            return null;
        }
        return new Roles(partner, new Candidate(null, anchor.end(), anchor.end(), false, false, false),
                        DealType.INVESTMENT);
    }

    /**
     * Whether a paying verb after the subject has the round noun as its object: at most {@value
     * #PAY_VERB_TO_ROUND_WORDS} words and no clause punctuation between them ("invested in Y's $200m round", "a
     * investi dans le tour de N de Y").
     */
    private static boolean payVerbIntoRound(Clause clause, Candidate subject, Cue round) {
        return clause.cues.stream().anyMatch(c -> c.kind() == CueKind.PAY_VERB && c.start() >= subject.end()
                && c.end() <= round.start() && clause.wordsBetween(c.end(), round.start()) <= PAY_VERB_TO_ROUND_WORDS
                && clause.tokens.stream().noneMatch(t -> t.start() >= c.end() && t.end() <= round.start()
                        && t.isClausePunctuation(clause.text)));
    }

    /**
     * The company named after "with" right after a raised amount, at most {@value #RAISED_WITH_WORDS} words and no
     * punctuation after it ("landed $17bn with Y", "ottiene N con Y", "décroche N avec Y"), unless the words before it
     * make it a co-raiser ({@code jointWith}: "along with", "insieme a", "zusammen mit"). Null when there is none.
     */
    private static Candidate raisedWith(Clause clause, MoneyMention amount, Candidate subject) {
        for (Candidate c : clause.candidates) {
            if (c.start() < amount.end() || c.anaphor() || Clause.sameEntity(c, subject)) {
                continue;
            }
            boolean near = clause.wordsBetween(amount.end(), c.start()) <= RAISED_WITH_WORDS
                    && clause.tokens.stream().noneMatch(t -> t.start() >= amount.end() && t.end() <= c.start()
                            && t.isClausePunctuation(clause.text));
            boolean joint = clause.lexicon.jointWith != null
                    && clause.lexicon.jointWith.matcher(clause.text).region(amount.end(), c.start()).find();
            return near && !joint && clause.marker(c, null) == Marker.WITH ? c : null;
        }
        return null;
    }

    /** Whether a paying verb stands between {@code subject} and the round noun {@code round}. */
    private static boolean paysBefore(Clause clause, Candidate subject, Cue round) {
        return clause.cues.stream().anyMatch(c -> c.kind() == CueKind.PAY_VERB && c.start() >= subject.end()
                && c.end() <= round.start());
    }

    /**
     * "The $1bn investment is backed by X", "The $1bn investment was led by X": an investment noun that opens its clause
     * with no company named in it, with an agent after it, is the round of the company the sentences before are about
     * (an unnamed owner, resolved like "it"), paid by the agent (a description too: "backed by the Japanese group"),
     * as "The $1bn round was led by X" is. Null otherwise.
     */
    private static Roles backedInvestmentOfUnnamedOwner(Clause clause, Cue anchor, MoneyMention amount) {
        Candidate owner = clause.unnamedOwner(anchor, amount);
        Candidate agent = owner == null ? null : clause.firstAfter(anchor, EnumSet.of(Marker.BY), null);
        return agent == null ? null
                : new Roles(payer(clause, agent, DealType.INVESTMENT), owner, DealType.INVESTMENT);
    }

    /**
     * "With a $1.5bn investment, X will become the largest shareholder of Y", "X deviendra le premier actionnaire de Y
     * grâce à un investissement de N": in the clause of an investment noun that names nobody invested in, the company
     * the clause calls another's investor ("azionista di Y", "Y's largest shareholder") is paid by the subject, or
     * else by the last name before it. Null when the clause calls nobody so.
     */
    private static Roles becomingShareholder(Clause clause, Candidate subject) {
        Candidate investee = clause.investeeOfInvestorNoun(subject);
        if (investee == null) {
            return null;
        }
        Candidate investor = subject != null && !subject.anaphor() && !Clause.sameEntity(subject, investee) ? subject
                : clause.candidates.stream().filter(c -> !c.anaphor() && c.end() <= investee.start()
                        && !Clause.sameEntity(c, investee)).reduce((first, second) -> second).orElse(null);
        return investor == null ? null
                : new Roles(payer(clause, investor, DealType.INVESTMENT), investee, DealType.INVESTMENT);
    }

    private static Roles investmentNounRoles(Clause clause, Cue anchor, MoneyMention amount) {
        Candidate subject = clause.subject(anchor);
        Candidate target = clause.firstAfter(anchor, EnumSet.of(Marker.IN), null);
        if (target == null) {
            target = clause.adjunctBefore(anchor);
        }
        if (target == null) {
            Roles shareholder = becomingShareholder(clause, subject);
            if (shareholder != null) {
                return shareholder;
            }
            if (subject == null) {
                Roles partner = partnerInvestment(clause, anchor);
                return partner != null ? partner : backedInvestmentOfUnnamedOwner(clause, anchor, amount);
            }
            if (clause.followedByJoinVerb(subject)) {
                return new Roles(payer(clause, subject, DealType.INVESTMENT), roundOwner(clause, anchor, subject),
                        DealType.INVESTMENT);
            }
            Candidate with = clause.hasTalks()
                    ? clause.firstBetween(anchor, EnumSet.of(Marker.WITH), subject, clause.start, clause.end) : null;
            Candidate from = with != null ? with : clause.firstAfter(anchor, AGENTS, subject);
            return from == null || from.anaphor() ? null : new Roles(from, subject, DealType.INVESTMENT);
        }
        // "Amazon's investment in Anthropic was approved by regulators": the possessive invests
        Candidate investor = clause.possessiveBefore(anchor);
        if (investor == null || Clause.sameEntity(investor, target)) {
            investor = clause.firstAfter(anchor, EnumSet.of(Marker.BY), target);
        }
        if (investor == null) {
            investor = clause.firstBetween(anchor, EnumSet.of(Marker.OF), target, anchor.end(), target.start());
        }
        if (investor == null && subject == null) {
            // "after a first investment of $1.25bn, Amazon has now put $2.75bn more into Anthropic": the one bought
            // into is the object of a later paying verb, whose subject pays the first investment too
            int targetStart = target.start();
            Cue verb = clause.cues.stream().filter(c -> c.kind() == CueKind.PAY_VERB && c.start() >= anchor.end()
                    && c.end() <= targetStart).findFirst().orElse(null);
            Candidate payer = verb == null ? null : clause.subject(verb);
            investor = payer != null && !payer.anaphor() && !Clause.sameEntity(payer, target) ? payer : null;
        }
        if (investor != null && investor.anaphor() && subject != null && !subject.anaphor()) {
            // "Nvidia announced an investment in OpenAI, in return for the use, by the start-up, of...": a named
            // subject pays, not a description after "by"
            investor = null;
        }
        return new Roles(payer(clause, investor != null ? investor : subject, DealType.INVESTMENT), target,
                        DealType.INVESTMENT);
    }

    /**
     * "X ha raccolto N, grazie a un investimento di Y", "X a levé N grâce à un investissement de Y": an investment noun
     * shortly after the amount raised, with no amount of its own, names through its "of" who put the money in. Null
     * when there is no such noun, or no name right after its "of".
     */
    private static Candidate investorOfInvestmentNounAfter(Clause clause, MoneyMention amount, Candidate subject) {
        Cue noun = clause.cues.stream().filter(c -> c.kind() == CueKind.INV_NOUN && c.start() >= amount.end()
                && clause.wordsBetween(amount.end(), c.start()) <= INVESTMENT_NOUN_AFTER_AMOUNT_WORDS
                && clause.money.stream().noneMatch(m -> m.start() >= amount.end() && m.start() < c.start()))
                .findFirst().orElse(null);
        if (noun == null || clause.money.stream().anyMatch(m -> m.start() >= noun.end()
                && clause.wordsBetween(noun.end(), m.start()) <= 2)) {
            return null;
        }
        Candidate of = clause.firstAfter(noun, EnumSet.of(Marker.OF), subject);
        return of == null || of.anaphor() || Clause.sameEntity(of, subject)
                || clause.wordsBetween(noun.end(), of.start()) > 1 ? null : of;
    }

    private static Roles acquisitionNounRoles(Clause clause, Cue anchor) {
        Candidate subject = clause.subject(anchor);
        Candidate bidder = answeredBidder(clause, anchor, subject);
        if (bidder != null) {
            return new Roles(bidder, subject, anchor.type());
        }
        Candidate target = namedAfterModifier(clause,
                clause.firstAfter(anchor, EnumSet.of(Marker.OF, Marker.OBJECT, Marker.FOR), null));
        if (target != null && (target.possessive()
                || clause.wordsBetween(anchor.end(), target.start()) > ACQ_NOUN_TARGET_WORDS)) {
            // "X's $1.3B Acquisition and Y's Partnerships": a possessive owns something else, it is not bought
            // "The acquisition deal, valued at $9bn, involves X buying Y [...] 0.12 shares of X per Y share": a name
            // far after the noun belongs to something else
            target = null;
        }
        if (target == null) {
            // "un'offerta pubblica di acquisto su X", "a bid on X": the company sought right after the noun's "on"
            Candidate sought = clause.firstAfter(anchor, EnumSet.of(Marker.IN, Marker.ON), subject);
            target = sought != null && !sought.anaphor()
                    && wordsToSoughtCompany(clause, anchor, sought) <= ACQ_NOUN_ON_WORDS ? sought : null;
        }
        DealType type = anchor.type();
        if (target == null) {
            target = clause.adjunctBefore(anchor);
        }
        if (target == null && subject != null && !subject.anaphor() && !clause.ofRightAfter(anchor)) {
            // "X hat sich mit Y auf eine Übernahme für N geeinigt", "X agreed with Y on a takeover": a purchase noun
            // with no one bought after it buys the company the subject agreed with, named between the two; not a noun
            // with its object after it ("X signed with Y a contract for the purchase of computing power")
            Candidate partner = clause.firstBetween(anchor, EnumSet.of(Marker.WITH), subject, subject.end(),
                    anchor.start());
            target = partner != null && !partner.anaphor() && !Clause.sameEntity(partner, subject) ? partner : null;
        }
        Candidate possessive = clause.possessiveBefore(anchor);
        if (target == null && possessive != null) {
            // "Wiz's $32bn acquisition by Google": the possessive is the one bought
            Candidate agent = clause.firstAfter(anchor, EnumSet.of(Marker.BY), possessive);
            if (agent != null) {
                return new Roles(payer(clause, agent, type), possessive, type);
            }
        }
        if (target == null && subject != null && clause.lexicon.ownStake != null
                && clause.lexicon.ownStake.matcher(clause.text).region(anchor.end(), clause.end).lookingAt()) {
            // "X seguirá cotizando tras la compra de un 30% de sus acciones por parte de Y": the company whose own
            // shares are bought is the subject; the agent after them buys
            Candidate buyer = clause.firstAfter(anchor, EnumSet.of(Marker.BY), subject);
            return buyer == null || Clause.sameEntity(buyer, subject) ? null
                    : new Roles(buyer, subject, DealType.INVESTMENT);
        }
        if (target == null && subject != null && !subject.anaphor()) {
            // "Darktrace has backed a $5.3bn acquisition by Thoma Bravo": with no one bought after the noun, the
            // subject is bought by the agent after "by"
            Candidate agent = clause.firstAfter(anchor, EnumSet.of(Marker.BY), subject);
            if (agent != null && !agent.anaphor() && !Clause.sameEntity(agent, subject)) {
                return new Roles(payer(clause, agent, type), subject, type);
            }
        }
        if (target == null && !isBidNoun(clause, anchor)) {
            // an order from X; "an offer from X" names the bidder, not the one paid
            target = clause.firstAfter(anchor, EnumSet.of(Marker.FROM), subject);
            type = DealType.CONTRACT;
        }
        // "Salesforce's acquisition of Informatica is being reviewed by regulators": the possessive buys
        Candidate investor = possessive != null && !Clause.sameEntity(possessive, target)
                ? possessive : buyerAfter(clause, anchor, target);
        Candidate sought = soughtCompany(clause, anchor, target);
        if (sought == null && possessive == null) {
            sought = describedCompanyAfterBuyer(clause, anchor, target);
        }
        if (sought != null) {
            investor = target;
            target = sought;
        }
        if (investor == null) {
            investor = clause.possessiveBefore(anchor);
        }
        if (investor == null && subject == null && target != null) {
            // "les plus gros achats ont été menés par Microsoft, avec le rachat d'Activision": the agent
            // of the clause before the acquisition noun buys
            Candidate agent = clause.firstBetween(anchor, EnumSet.of(Marker.BY), target, clause.start, anchor.start());
            investor = agent != null && !agent.anaphor() ? agent : null;
        }
        if (investor == null && subject == null && target != null) {
            investor = payerOfPurchase(clause, anchor, target);
        }
        if (investor == null && target != null && type == DealType.ACQUISITION && clause.lexicon.costVerb != null) {
            // "Le rachat de X a coûté N à Y": the purchase costs its buyer, named after "to"
            Matcher cost = clause.lexicon.costVerb.matcher(clause.text).region(anchor.end(), clause.end);
            if (cost.find()) {
                Candidate payer = clause.firstBetween(anchor, EnumSet.of(Marker.TO), target, cost.end(), clause.end);
                investor = payer != null && !payer.anaphor() ? payer : null;
            }
        }
        if (investor == null && subject == null && target != null && type == DealType.ACQUISITION) {
            // "Avec son acquisition de X pour N, Y devient ...", "With its purchase of X for $N, Y ...": the purchase
            // of an opening phrase is made by the name right after its comma
            Candidate after = clause.subjectAfterOpeningPhrase(anchor);
            investor = after != null && !Clause.sameEntity(after, target) ? after : null;
        }
        return new Roles(payer(clause, investor != null ? investor : subject, type), target, type);
    }

    /**
     * The words from an acquisition noun to the company it seeks, leaving out a price between them that the noun's
     * preposition opens when only a preposition of {@code bidOn} follows it ("un'opa da 1,6 miliardi su X": one word,
     * "su"); "un'offerta da N in Borsa" keeps every word counted.
     */
    private static int wordsToSoughtCompany(Clause clause, Cue anchor, Candidate sought) {
        int words = clause.wordsBetween(anchor.end(), sought.start());
        MoneyMention price = clause.lexicon.bidOn == null ? null : clause.money.stream()
                .filter(m -> m.start() >= anchor.end() && m.end() <= sought.start()).findFirst().orElse(null);
        if (price == null || clause.wordsBetween(anchor.end(), price.start()) != 1) {
            return words;
        }
        String gap = clause.text.substring(price.end(), sought.start()).strip();
        if (!clause.lexicon.bidOn.matcher(gap).matches()) {
            return words;
        }
        return clause.wordsBetween(price.end(), sought.start());
    }

    /**
     * "la fusión de Zentrix y Korvia, por N", "Zentrix and Korvia agreed a merger worth N": a merger noun ({@code
     * mergerNouns}) whose clause names two companies joined by "and" and no other before the next deal word after
     * the noun (the amount before it too). News name the absorbing company first, so the first pays and the second
     * is taken over. A source ("según X") is no side. Null otherwise.
     */
    private static Roles mergerOfPair(Clause clause, Cue anchor, MoneyMention amount) {
        if (clause.lexicon.mergerNoun == null
                || !clause.lexicon.mergerNoun.matcher(clause.text).region(anchor.start(), anchor.end()).matches()) {
            return null;
        }
        int until = clause.cues.stream().filter(c -> c.start() >= anchor.end()).mapToInt(Cue::start).min()
                .orElse(clause.end);
        if (amount.end() > until) {
            return null;
        }
        List<Candidate> named = clause.candidates.stream()
                .filter(c -> !c.anaphor() && c.end() <= until && !namedAsSource(clause, c)).toList();
        if (named.size() != 2 || Clause.sameEntity(named.get(0), named.get(1))) {
            return null;
        }
        String gap = clause.text.substring(named.get(0).end(), named.get(1).start());
        boolean joined = clause.lexicon.conjunction.matcher(gap).matches()
                && clause.lexicon.conjunctionWord.matcher(gap).find();
        return joined ? new Roles(named.get(0), named.get(1), DealType.ACQUISITION) : null;
    }

    /** Whether a source preposition ({@code sourcePrepositions}: "según", "laut") stands right before the name. */
    private static boolean namedAsSource(Clause clause, Candidate c) {
        return clause.lexicon.sourcePreposition != null && clause.lexicon.sourcePreposition.matcher(clause.text)
                .region(Math.max(clause.start, c.start() - SOURCE_WORD_CHARS), c.start()).find();
    }

    /**
     * "the record goes to Oracle, which paid $28bn for the acquisition of Y", "va a Oracle, che ha sborsato 28
     * miliardi per l'acquisizione di Y": a paying verb shortly before the purchase noun, with no clause punctuation
     * between, pays for it; its subject buys. Null when there is no such verb or its subject is no named company.
     */
    private static Candidate payerOfPurchase(Clause clause, Cue noun, Candidate target) {
        Cue verb = clause.cues.stream()
                .filter(c -> c.kind() == CueKind.PAY_VERB && c.end() <= noun.start()
                        && clause.wordsBetween(c.end(), noun.start()) <= PAY_VERB_TO_PURCHASE_WORDS
                        && clause.tokens.stream().noneMatch(t -> t.start() >= c.end() && t.end() <= noun.start()
                                && t.isClausePunctuation(clause.text)
                                && clause.money.stream().noneMatch(m -> t.overlaps(m.start(), m.end()))))
                .max(Comparator.comparingInt(Cue::start)).orElse(null);
        Candidate payer = verb == null ? null : clause.subject(verb);
        return payer == null || payer.anaphor() || Clause.sameEntity(payer, target) ? null : payer;
    }

    /**
     * "X a accepté l'offre de rachat de Y", "X agreed to Y's offer of N", "X accepted a $N offer from Y": the bidder
     * named after "of", in a possessive before the offer or after "from" when the subject
     * answers the offer with a verb of {@code offerAnswers} at most {@value #OFFER_ANSWER_WORDS} words before the
     * offer noun; the subject is then the company sought. Null otherwise.
     */
    private static Candidate answeredBidder(Clause clause, Cue anchor, Candidate subject) {
        if (clause.lexicon.offerAnswer == null || subject == null || subject.end() > anchor.start()) {
            return null;
        }
        Matcher answer = clause.lexicon.offerAnswer.matcher(clause.text).region(subject.end(), anchor.start());
        boolean near = false;
        int answered = anchor.start();
        while (answer.find()) {
            near = clause.wordsBetween(answer.end(), anchor.start()) <= OFFER_ANSWER_WORDS;
            answered = answer.end();
        }
        if (!near) {
            return null;
        }
        // "X has agreed to a $2bn takeover of Y": after a noun of the purchase itself, not of an offer, the name after
        // "of" is the company bought and the subject buys it ("X a accepté l'offre de rachat de Y" is an offer)
        boolean offer = isBidNoun(clause, anchor) || clause.lexicon.bidNoun != null
                && clause.lexicon.bidNoun.matcher(clause.text).region(answered, anchor.start()).find();
        Candidate bidder = offer ? clause.firstAfter(anchor, EnumSet.of(Marker.OF), subject) : null;
        if (bidder == null) {
            // "X agreed to Y's improved offer of $4.5bn": the possessive before the offer bids
            Candidate possessive = clause.possessiveBefore(anchor);
            bidder = possessive != null && possessive.start() >= subject.end() ? possessive : null;
        }
        if (bidder == null) {
            // "X accepted a $2.8bn offer from Y"
            bidder = clause.firstAfter(anchor, EnumSet.of(Marker.FROM), subject);
        }
        return bidder == null || bidder.anaphor() || Clause.sameEntity(bidder, subject) ? null : bidder;
    }

    /**
     * "the acquisition of Wiz by Google", "of Wiz, the security start-up, by Google": the name after "by" right after
     * the one bought and its apposition, or a phrase of time after it ("de X en mayo de 2019 por parte de Y"), the
     * words of a description of the buyer after its company noun not counted; further away it is the agent of another
     * verb ("purchase of X, a start-up founded by a former Y executive...").
     */
    private static Candidate buyerAfter(Clause clause, Cue anchor, Candidate target) {
        Candidate agent = clause.firstAfter(anchor, EnumSet.of(Marker.BY), target);
        if (agent == null || target == null || agent.start() <= target.end()) {
            return agent;
        }
        int from = clause.afterApposition(target.end(), agent.start());
        from = clause.afterTimePhrase(from, agent.start());
        // "por parte del grupo alemán X": the words of the buyer's description after its company noun are its own
        int until = Math.min(agent.start(), clause.describingNounEnd(agent));
        return clause.wordsBetween(from, until) > BUYER_AFTER_TARGET_WORDS ? null : agent;
    }

    /**
     * The company an offer is for when the genitive after the price names the bidder: "la oferta de N de Nvidia
     * por Run:ai", "l'offerta da N di Nvidia per Run:ai"; after a bid noun ({@code bidNouns}) without a price too,
     * with "on" as well: "la oferta de X por Y", "l'offerta di X su Y", "das Angebot von X für Y". Only a
     * one-word preposition right after the bidder counts ("por", not "por parte de", which names the buyer), with
     * an article and up to two adjectives after "for" ("für die spanische Y"). Null otherwise.
     */
    private static Candidate soughtCompany(Clause clause, Cue anchor, Candidate genitive) {
        boolean bid = isBidNoun(clause, anchor);
        if (genitive == null || genitive.anaphor() || clause.marker(genitive, anchor) != Marker.OF
                || !bid && clause.money.stream().noneMatch(m -> m.start() >= anchor.end() && m.end() <= genitive.start())) {
            return null;
        }
        Candidate next = clause.candidates.stream().filter(c -> c.start() >= genitive.end()).findFirst().orElse(null);
        Set<Marker> seeking = bid ? EnumSet.of(Marker.BY, Marker.FOR, Marker.ON, Marker.IN)
                : EnumSet.of(Marker.BY, Marker.FOR);
        if (next == null || next.anaphor() || Clause.sameEntity(next, genitive)
                || !seeking.contains(clause.marker(next, anchor))) {
            return null;
        }
        String gap = clause.text.substring(genitive.end(), next.start()).strip();
        // "das Angebot von X für die spanische Y": after "for", an article and adjectives in lower case may describe
        // the company sought
        if (gap.matches("\\p{L}+") || clause.marker(next, anchor) == Marker.FOR
                && gap.matches("\\p{L}+(?:\\s+\\p{Ll}[\\p{L}'’-]*){1,3}")) {
            return next;
        }
        // "l'offerta di X per 5 miliardi per Y", "la oferta de X de 5.000 millones por Y": after a bid noun the price,
        // with its own preposition, may stand between the bidder and the preposition of the company sought
        MoneyMention price = !bid ? null : clause.money.stream()
                .filter(m -> m.start() >= genitive.end() && m.end() <= next.start()).findFirst().orElse(null);
        return price != null
                && clause.text.substring(genitive.end(), price.start()).strip().matches("\\p{L}+")
                && clause.text.substring(price.end(), next.start()).strip().matches("\\p{L}+") ? next : null;
    }

    /** Whether the anchor is wholly a noun of a bid for a company ({@code bidNouns}: "offerta", "Angebot"). */
    private static boolean isBidNoun(Clause clause, Cue anchor) {
        return clause.lexicon.bidNoun != null
                && clause.lexicon.bidNoun.matcher(clause.text).region(anchor.start(), anchor.end()).matches();
    }

    /**
     * "la compra de Zentrix de la tecnológica de pagos Korvia": a name right after the
     * acquisition noun and "of", followed by a second "of" that opens a description with a company noun and the
     * name it describes, is the buyer; the described name is the company bought. Null otherwise (also when an amount
     * stands between the noun and the first name: see {@link #soughtCompany}).
     */
    private static Candidate describedCompanyAfterBuyer(Clause clause, Cue anchor, Candidate genitive) {
        if (genitive == null || genitive.anaphor() || clause.lexicon.companyNoun == null
                || clause.marker(genitive, anchor) != Marker.OF
                || clause.wordsBetween(anchor.end(), genitive.start()) > 1) {
            return null;
        }
        Candidate next = clause.candidates.stream().filter(c -> c.start() >= genitive.end() && !c.anaphor())
                .findFirst().orElse(null);
        if (next == null || Clause.sameEntity(next, genitive)
                || clause.wordsBetween(genitive.end(), next.start()) > DESCRIBED_COMPANY_WORDS) {
            return null;
        }
        String gap = clause.text.substring(genitive.end(), next.start());
        if (gap.indexOf(',') >= 0 || gap.indexOf('(') >= 0
                || clause.money.stream().anyMatch(m -> m.start() >= genitive.end() && m.end() <= next.start())) {
            return null;
        }
        return clause.opensWithMarker(genitive.end(), Marker.OF)
                && clause.lexicon.companyNoun.matcher(gap).find() ? next : null;
    }

    private static Roles saleRoles(Clause clause, Cue anchor) {
        Candidate target = clause.firstAfter(anchor, EnumSet.of(Marker.IN, Marker.OF), null);
        if (ownerOfTheBuyer(clause, anchor, target)) {
            target = null;
        }
        Roles companySold = target == null ? companySoldTo(clause, anchor) : null;
        if (companySold != null) {
            return companySold;
        }
        if (target == null || target.anaphor()) {
            // "X ha concluso una vendita secondaria ... che porterebbe il valore dell'azienda a...": a named subject
            // is the company whose shares are sold, not a description after "of"
            Candidate subject = clause.subject(anchor);
            target = subject != null && (target == null || !subject.anaphor()) ? subject : target;
        }
        if (target == null) {
            // the seller left unnamed, a buyer must be named: "vicina all'azienda" after it is no buyer
            target = clause.unnamedSeller();
            Candidate buyer = target == null ? null : clause.firstAfter(anchor, EnumSet.of(Marker.TO), target);
            return target == null ? null
                    : new Roles(buyer == null || buyer.anaphor() ? null : buyer, target, DealType.SECONDARY_SALE);
        }
        Candidate buyer = clause.firstAfter(anchor, EnumSet.of(Marker.TO), target);
        if (buyer == null) {
            buyer = buyerSoldTo(clause, anchor, target);
        }
        if (buyer == null && clause.lexicon.verbSecond && target.end() <= anchor.start()) {
            // verb-final: the participle closes the clause after the buyer ("X wurde für N an Y verkauft")
            buyer = clause.firstBetween(anchor, EnumSet.of(Marker.TO), target, target.end(), anchor.start());
        }
        return new Roles(buyer, target, DealType.SECONDARY_SALE);
    }

    /**
     * "X sold its stake to Borak, a unit of the Velmora group, for N", "la venta de su participación a Borak –filial de
     * Velmora– por N": a name after "of" that follows the buyer (the first name after "to") across a comma, a dash or a
     * bracket describes the buyer, it is no company sold. False when there is no such name or no buyer before it ("la
     * venta a Borak del 17% de Zentrix" names the one sold after the buyer, with no punctuation between).
     */
    private static boolean ownerOfTheBuyer(Clause clause, Cue anchor, Candidate named) {
        if (named == null || named.anaphor()) {
            return false;
        }
        Candidate buyer = clause.firstAfter(anchor, EnumSet.of(Marker.TO), null);
        if (buyer == null || buyer.anaphor() || buyer.end() > named.start()) {
            return false;
        }
        String gap = clause.text.substring(buyer.end(), named.start());
        return gap.indexOf(',') >= 0 || gap.indexOf('(') >= 0 || gap.indexOf('\u2013') >= 0
                || gap.indexOf('\u2014') >= 0 || gap.contains(" - ");
    }

    /**
     * "Velmora sold Zentrix to Borak for $400m", "Velmora vendió Zentrix a Borak": a company named as the bare object
     * of the sale verb, then a buyer after "to", is bought by that buyer (the seller is no party of the price). Null
     * when the object or the buyer is missing or is a description.
     */
    private static Roles companySoldTo(Clause clause, Cue anchor) {
        Candidate seller = clause.subject(anchor);
        Candidate sold = clause.firstAfter(anchor, EnumSet.of(Marker.OBJECT), seller);
        if (sold == null || pronounObject(clause, anchor)) {
            Candidate named = namedBeforePronounObject(clause, anchor, seller);
            if (named != null) {
                sold = named;
            } else if (sold == null) {
                return soldBeforeParticiple(clause, anchor, seller);
            }
        }
        if (sold.anaphor()) {
            return null;
        }
        Candidate buyer = clause.firstAfter(anchor, EnumSet.of(Marker.TO), sold);
        if (buyer == null) {
            buyer = buyerSoldTo(clause, anchor, sold);
        }
        return buyer == null || buyer.anaphor() || buyer.start() < sold.end() || Clause.sameEntity(buyer, seller)
                ? null : new Roles(buyer, sold, DealType.ACQUISITION);
    }

    /** Whether an object pronoun ({@link DealLexicon#objectPronoun}) stands right after the sale verb: "selling it". */
    private static boolean pronounObject(Clause clause, Cue anchor) {
        if (clause.lexicon.objectPronoun == null) {
            return false;
        }
        int at = anchor.end();
        while (at < clause.end && Character.isWhitespace(clause.text.charAt(at))) {
            at++;
        }
        return at < clause.end && clause.lexicon.objectPronoun.matcher(clause.text).region(at, clause.end).lookingAt();
    }

    /**
     * "X had bought Y for N before selling it to Z": the sale verb's object pronoun stands for the last company named
     * before the verb after its seller, the one the seller had bought. Null without such a pronoun or such a name.
     */
    private static Candidate namedBeforePronounObject(Clause clause, Cue anchor, Candidate seller) {
        if (seller == null || !pronounObject(clause, anchor)) {
            return null;
        }
        Candidate last = null;
        for (Candidate c : clause.candidates) {
            if (c.start() >= seller.end() && c.end() <= anchor.start() && !c.anaphor() && !Clause.sameEntity(c, seller)) {
                last = c;
            }
        }
        return last;
    }

    /**
     * Verb-final: "Velmora hat Zentrix für N an Borak verkauft": the participle closes the clause, the one sold and the
     * buyer stand before it, the one sold right after the seller and its auxiliary. Null where the language puts no
     * verb last, or where the seller, the one sold or the buyer is missing or a description.
     */
    private static Roles soldBeforeParticiple(Clause clause, Cue anchor, Candidate seller) {
        if (!clause.lexicon.verbSecond || seller == null || seller.anaphor() || seller.end() > anchor.start()) {
            return null;
        }
        Candidate buyer = clause.firstBetween(anchor, EnumSet.of(Marker.TO), seller, seller.end(), anchor.start());
        if (buyer == null || buyer.anaphor()) {
            return null;
        }
        Candidate sold = clause.candidates.stream()
                .filter(c -> !c.anaphor() && c.start() >= seller.end() && c.end() <= buyer.start())
                .filter(c -> !Clause.sameEntity(c, seller) && !Clause.sameEntity(c, buyer))
                .filter(c -> clause.marker(c, anchor) == Marker.NONE || clause.marker(c, anchor) == Marker.OBJECT)
                .findFirst().orElse(null);
        return sold == null ? null : new Roles(buyer, sold, DealType.ACQUISITION);
    }

    /**
     * The buyer after the one sold where the language's word for "to" is also its word for "in" (German "an"): "der
     * Verkauf von X an den Konzern Y" is read with Y in the place of "in", so the word before it must be one of
     * {@code soldTo} and Y must come after the one sold. Null otherwise.
     */
    private static Candidate buyerSoldTo(Clause clause, Cue anchor, Candidate target) {
        if (clause.lexicon.soldTo == null || target.anaphor()) {
            return null;
        }
        Candidate buyer = clause.firstBetween(anchor, EnumSet.of(Marker.IN), target, target.end(), clause.end);
        if (buyer == null || buyer.anaphor()) {
            return null;
        }
        String gap = clause.text.substring(target.end(), buyer.start()).strip();
        int space = gap.indexOf(' ');
        String preposition = space < 0 ? gap : gap.substring(0, space);
        return !preposition.isEmpty() && clause.lexicon.soldTo.matcher(preposition).find() ? buyer : null;
    }

    /**
     * "der Auftrag an X", "der Auftrag der Bundeswehr an X", "des N schweren Auftrags an X": a contract noun followed
     * by a preposition of {@code awardedTo} (at most {@value #AWARDEE_WORDS} words from the noun to the name) names the
     * one it is awarded to, who is paid; the payer is the subject, else a name in the genitive between the noun and the
     * preposition, else unsaid. Null where the language has no such key or no such name follows.
     */
    private static Roles awardedTo(Clause clause, Cue anchor, Candidate subject) {
        if (clause.lexicon.awardedTo == null || anchor.kind() != CueKind.CONTRACT_NOUN) {
            return null;
        }
        Candidate awardee = clause.firstAfter(anchor, EnumSet.of(Marker.IN), subject);
        if (awardee == null || awardee.anaphor()
                || clause.wordsBetween(anchor.end(), awardee.start()) > AWARDEE_WORDS) {
            return null;
        }
        Matcher an = clause.lexicon.awardedTo.matcher(clause.text).region(anchor.end(), awardee.start());
        if (!an.find()) {
            return null;
        }
        Candidate payer = subject != null && !subject.anaphor() && !Clause.sameEntity(subject, awardee) ? subject
                : clause.firstBetween(anchor, EnumSet.of(Marker.OF), awardee, anchor.end(), an.start());
        return new Roles(payer == null || payer.anaphor() ? null : payer, awardee, anchor.type());
    }

    private static Roles contractRoles(Clause clause, Cue anchor) {
        Candidate subject = clause.subject(anchor);
        Roles awarded = awardedTo(clause, anchor, subject);
        if (awarded != null) {
            return awarded;
        }
        Set<Marker> counterparts = EnumSet.copyOf(COUNTERPARTS);
        if (anchor.kind() == CueKind.PARTNERSHIP) {
            counterparts = EnumSet.of(Marker.WITH);
        }
        Candidate target = clause.firstAfter(anchor, counterparts, subject);
        if (target == null && subject != null) {
            target = clause.firstBetween(anchor, EnumSet.of(Marker.WITH), subject, subject.end(), anchor.start());
        }
        if (target == null && subject != null && !subject.anaphor()) {
            // "X firma un'intesa di 3 miliardi per le licenze della società di software Y": with no counterpart, the
            // company described after "of" or "for" is the one paid
            Candidate described = clause.firstAfter(anchor, EnumSet.of(Marker.OF, Marker.FOR), subject);
            target = described != null && !described.anaphor() && clause.describedByCompanyNoun(described)
                    ? described : null;
        }
        if (target != null && subject == null) {
            // "an agreement with X": with no subject, who pays X (or whom X pays) is not said
            return null;
        }
        if (target != null && !clause.isCoordinated(target)) {
            if (subject != null && !subject.anaphor() && !target.anaphor() && clause.marker(target, anchor) == Marker.FROM) {
                // "CoreWeave disclosed an order worth $6.3bn from Nvidia": the one an order or contract comes from pays
                return new Roles(target, subject, anchor.type());
            }
            if (subject != null && !subject.anaphor() && !target.anaphor() && clause.describedAsSupplier(subject)
                    && !clause.describedAsSupplier(target)) {
                // "cloud provider Nebius signs an agreement with Microsoft": the provider is paid
                return new Roles(target, subject, anchor.type());
            }
            return new Roles(payer(clause, subject, anchor.type()), target, anchor.type());
        }
        boolean severalCounterparts = anchor.kind() == CueKind.CONTRACT_SET && (target == null || target.anaphor());
        if (subject != null && (clause.listAfter(anchor) || severalCounterparts)) {
            return new Roles(null, subject, anchor.type());
        }
        return null;
    }
}

package dev.newswatch.enrich.deal;

import java.util.EnumSet;
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
    private static final Set<Marker> PREPOSITIONS = EnumSet.of(Marker.IN, Marker.TO, Marker.FOR, Marker.FROM,
            Marker.BY);

    private ListedDeals() {
    }

    /** {@code roles} with the listed name of {@code amount} in place of the shared party, or as they are. */
    static Roles withOwnParty(Clause clause, Cue anchor, MoneyMention amount, Roles roles) {
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
            return withOwnPayer(clause, amount, roles);
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

package dev.newswatch.enrich.deal;

/**
 * Several deals listed after one deal word, each amount with its own party: "Nvidia backed Wayve with $500M and
 * Nscale with £500M", "X closed a $165M round, and Y added $103M", "Nvidia will invest $10bn and Microsoft $5bn".
 * The name standing between the previous amount and this one, after "and" or a comma, takes the place of the
 * previous deal's party nearest to the previous amount. Stateless.
 */
final class ListedDeals {

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
        Candidate own = listedName(clause, previous, amount);
        if (own == null || anchor.end() > own.start()) {
            return roles;
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

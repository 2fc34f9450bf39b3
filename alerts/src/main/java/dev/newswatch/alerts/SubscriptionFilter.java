package dev.newswatch.alerts;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Subscription;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a subscription wants an alert: the amount threshold (its own, else the default) and each filter
 * list it sets (empty = any). Entity filters match either party, or a party's parent (a filter on
 * {@code amazon} also matches deals by AWS). Languages match any source's language. A {@code query} must match
 * too ({@link RuleEvaluator}). Pure and thread-safe.
 */
public final class SubscriptionFilter {

    private SubscriptionFilter() {
    }

    public static boolean wants(Subscription s, Alert alert, BigDecimal defaultMinUsd) {
        if (s.disabled()) {
            return false;
        }
        Deal deal = alert.deal().deal();
        BigDecimal min = s.minAmountUsd() != null ? s.minAmountUsd() : defaultMinUsd;
        if (deal.amountUsd() == null || deal.amountUsd().compareTo(min) < 0) {
            return false;
        }
        if (!s.categories().isEmpty() && alert.deal().categories().stream().noneMatch(s.categories()::contains)) {
            return false;
        }
        if (!s.stages().isEmpty() && !s.stages().contains(deal.stage().wireName())) {
            return false;
        }
        if (!s.types().isEmpty() && !s.types().contains(deal.type().wireName())) {
            return false;
        }
        if (!s.languages().isEmpty()
                && alert.deal().sources().stream().noneMatch(src -> s.languages().contains(src.language()))) {
            return false;
        }
        if (!s.entities().isEmpty()) {
            Set<String> ids = new HashSet<>();
            addParty(ids, deal.investor());
            addParty(ids, deal.target());
            if (ids.stream().noneMatch(s.entities()::contains)) {
                return false;
            }
        }
        return s.query() == null || RuleEvaluator.matches(RuleEvaluator.rule(s.query()), alert);
    }

    private static void addParty(Set<String> ids, Party party) {
        if (party == null) {
            return;
        }
        ids.add(party.id());
        Entity entity = party.entity();
        if (entity != null && entity.parent() != null) {
            ids.add(entity.parent());
        }
    }

    /** The subscriptions, of {@code all}, that want {@code alert}. */
    public static List<Subscription> matching(List<Subscription> all, Alert alert, BigDecimal defaultMinUsd) {
        return all.stream().filter(s -> wants(s, alert, defaultMinUsd)).toList();
    }
}

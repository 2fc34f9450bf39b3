package dev.newswatch.alerts;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.rule.KeywordForms;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a subscription wants an alert: the amount threshold (its own, else the default) and each filter
 * list it sets (empty = any). Entity filters match either party, or a party's parent (a filter on
 * {@code amazon} also matches deals by AWS). Languages match any source's language. A {@code query} must match
 * too ({@link RuleEvaluator}).
 *
 * <p>An article alert reaches only subscriptions with {@code alert-on: articles} or {@code both}, a deal alert only
 * those with {@code deals} (the default) or {@code both}. On an article the deal filters (amount, stages, types) do
 * not apply; categories, entities (any company the article mentions) and languages do, and the query must match.
 * Pure and thread-safe.
 */
public final class SubscriptionFilter {

    private SubscriptionFilter() {
    }

    /** Whether {@code s} wants {@code alert}, rule keywords matching only themselves and their plurals. */
    public static boolean wants(Subscription s, Alert alert, BigDecimal defaultMinUsd) {
        return wants(s, alert, defaultMinUsd, KeywordForms.NONE);
    }

    /** Whether {@code s} wants {@code alert}, rule keywords matching their {@code forms} too. */
    public static boolean wants(Subscription s, Alert alert, BigDecimal defaultMinUsd, KeywordForms forms) {
        if (s.disabled()) {
            return false;
        }
        if (alert.aboutArticle()) {
            return s.wantsArticles() && wantsArticle(s, alert, forms);
        }
        if (!s.wantsDeals()) {
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
        return s.query() == null || RuleEvaluator.matches(RuleEvaluator.rule(s.query()), alert, forms);
    }

    private static boolean wantsArticle(Subscription s, Alert alert, KeywordForms forms) {
        EnrichedArticle article = alert.article();
        if (!s.categories().isEmpty() && article.categoryNames().stream().noneMatch(s.categories()::contains)) {
            return false;
        }
        if (!s.languages().isEmpty() && !s.languages().contains(article.article().language())) {
            return false;
        }
        if (!s.entities().isEmpty() && article.entities().stream()
                .noneMatch(e -> s.entities().contains(e.id()) || e.parent() != null && s.entities().contains(e.parent()))) {
            return false;
        }
        return s.query() != null && RuleEvaluator.matches(RuleEvaluator.rule(s.query()), alert, forms);
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
        return matching(all, alert, defaultMinUsd, KeywordForms.NONE);
    }

    /** The subscriptions, of {@code all}, that want {@code alert}, rule keywords matching their {@code forms} too. */
    public static List<Subscription> matching(List<Subscription> all, Alert alert, BigDecimal defaultMinUsd,
                                              KeywordForms forms) {
        return all.stream().filter(s -> wants(s, alert, defaultMinUsd, forms)).toList();
    }
}

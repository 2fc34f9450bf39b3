package dev.newswatch.alerts;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.rule.Rule;
import dev.newswatch.core.rule.RuleParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an alert matches a subscription {@link Rule}. Words and phrases match the article text the alert carries
 * (each source's title and the deal's evidence sentence), normalised as {@link RuleParser#words} does, a phrase
 * as consecutive words within one of them. Fields: {@code entity} either party or its parent; {@code role} the
 * named party or its parent; {@code country} either party's {@code country} attribute; {@code feed},
 * {@code outlet} and {@code language} any source; {@code type}, {@code stage} the deal's; {@code category} any of
 * its categories; {@code amount} its US-dollar amount (a deal without one never matches). Pure and thread-safe.
 */
public final class RuleEvaluator {

    private static final int CACHE_LIMIT = 10_000;
    private static final Map<String, Rule> PARSED = new ConcurrentHashMap<>();

    private RuleEvaluator() {
    }

    /** The rule of a query string, parsed once. */
    public static Rule rule(String query) {
        Rule rule = PARSED.get(query);
        if (rule == null) {
            rule = RuleParser.parse(query);
            if (PARSED.size() < CACHE_LIMIT) {
                PARSED.put(query, rule);
            }
        }
        return rule;
    }

    public static boolean matches(Rule rule, Alert alert) {
        return matches(rule, alert.deal(), new Texts(alert.deal()));
    }

    private static boolean matches(Rule rule, TrackedDeal tracked, Texts texts) {
        Deal deal = tracked.deal();
        // Java 17 has no pattern matching in switch: one instanceof per kind of node.
        if (rule instanceof Rule.And and) {
            return and.children().stream().allMatch(c -> matches(c, tracked, texts));
        }
        if (rule instanceof Rule.Or or) {
            return or.children().stream().anyMatch(c -> matches(c, tracked, texts));
        }
        if (rule instanceof Rule.Not not) {
            return !matches(not.child(), tracked, texts);
        }
        if (rule instanceof Rule.Text text) {
            return texts.contains(text.words());
        }
        if (rule instanceof Rule.Role role) {
            return isOrBelongsTo("investor".equals(role.role()) ? deal.investor() : deal.target(), role.entity());
        }
        if (rule instanceof Rule.Amount amount) {
            return deal.amountUsd() != null && compare(amount.op(), deal.amountUsd().compareTo(amount.usd()));
        }
        Rule.Field field = (Rule.Field) rule;
        return field(field.field(), field.value(), tracked);
    }

    private static boolean field(String name, String value, TrackedDeal tracked) {
        Deal deal = tracked.deal();
        return switch (name) {
            case "entity" -> isOrBelongsTo(deal.investor(), value) || isOrBelongsTo(deal.target(), value);
            case "country" -> value.equalsIgnoreCase(country(deal.investor())) || value.equalsIgnoreCase(country(deal.target()));
            case "feed" -> tracked.sources().stream().anyMatch(s -> value.equalsIgnoreCase(s.feedId()));
            case "outlet" -> tracked.sources().stream().anyMatch(s -> value.equalsIgnoreCase(s.outlet()));
            case "language" -> tracked.sources().stream().anyMatch(s -> value.equalsIgnoreCase(s.language()));
            case "type" -> deal.type().wireName().equals(value);
            case "stage" -> deal.stage().wireName().equals(value);
            case "category" -> tracked.categories().stream().anyMatch(value::equalsIgnoreCase);
            default -> throw new IllegalStateException("field " + name + " has no evaluation");
        };
    }

    private static boolean isOrBelongsTo(Party party, String id) {
        if (party == null) {
            return false;
        }
        Entity entity = party.entity();
        return party.id().equals(id) || entity != null && id.equals(entity.parent());
    }

    private static String country(Party party) {
        return party == null || party.entity() == null ? null : party.entity().attributes().get("country");
    }

    private static boolean compare(String op, int cmp) {
        return switch (op) {
            case ">=" -> cmp >= 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            case "<" -> cmp < 0;
            default -> cmp == 0;
        };
    }

    /** The alert's texts as word lists, normalised on first use. */
    private static final class Texts {
        private final TrackedDeal tracked;
        private List<List<String>> words;

        Texts(TrackedDeal tracked) {
            this.tracked = tracked;
        }

        boolean contains(List<String> phrase) {
            if (words == null) {
                words = new ArrayList<>();
                for (Source s : tracked.sources()) {
                    words.add(RuleParser.words(s.title() == null ? "" : s.title()));
                }
                words.add(RuleParser.words(tracked.deal().evidence()));
            }
            return words.stream().anyMatch(w -> Collections.indexOfSubList(w, phrase) >= 0);
        }
    }

}

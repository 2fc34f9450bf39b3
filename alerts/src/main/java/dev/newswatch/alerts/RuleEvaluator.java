package dev.newswatch.alerts;

import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.rule.KeywordForms;
import dev.newswatch.core.rule.Rule;
import dev.newswatch.core.rule.RuleParser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether an alert matches a subscription {@link Rule}.
 *
 * <p>Words and phrases match the article text the alert carries, normalised as {@link RuleParser#words} does, a
 * phrase as consecutive words within one text: for a deal alert each source's title (in that source's language)
 * and the deal's evidence sentence (in the language of any source); for an article alert its title and summary
 * (in its language). A keyword also matches its plural and singular ({@link KeywordForms#sameWord}) and, through
 * {@link KeywordForms}, the forms of the same term in the text's language.
 *
 * <p>Fields on a deal alert: {@code entity} either party or its parent; {@code role} the named party or its parent;
 * {@code country} either party's {@code country} attribute; {@code feed}, {@code outlet} and {@code language} any
 * source; {@code type}, {@code stage} the deal's; {@code category} any of its categories; {@code amount} its
 * US-dollar amount (a deal without one never matches). On an article alert: {@code entity} and {@code country}
 * any company the article mentions (or its parent); {@code feed}, {@code outlet}, {@code language} and
 * {@code category} the article's; {@code role}, {@code type}, {@code stage} and {@code amount} never match, as there
 * is no deal. Pure and thread-safe.
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

    /** Whether {@code alert} matches {@code rule}, keywords matching only themselves and their plurals. */
    public static boolean matches(Rule rule, Alert alert) {
        return matches(rule, alert, KeywordForms.NONE);
    }

    /** Whether {@code alert} matches {@code rule}, keywords matching their {@code forms} too. */
    public static boolean matches(Rule rule, Alert alert, KeywordForms forms) {
        return matches(rule, alert, new Texts(alert, forms));
    }

    private static boolean matches(Rule rule, Alert alert, Texts texts) {
        // Java 17 has no pattern matching in switch: one instanceof per kind of node.
        if (rule instanceof Rule.And and) {
            return and.children().stream().allMatch(c -> matches(c, alert, texts));
        }
        if (rule instanceof Rule.Or or) {
            return or.children().stream().anyMatch(c -> matches(c, alert, texts));
        }
        if (rule instanceof Rule.Not not) {
            return !matches(not.child(), alert, texts);
        }
        if (rule instanceof Rule.Text text) {
            return texts.contains(text.words());
        }
        if (alert.aboutArticle()) {
            return rule instanceof Rule.Field field && articleField(field.field(), field.value(), alert.article());
        }
        Deal deal = alert.deal().deal();
        if (rule instanceof Rule.Role role) {
            return isOrBelongsTo("investor".equals(role.role()) ? deal.investor() : deal.target(), role.entity());
        }
        if (rule instanceof Rule.Amount amount) {
            return deal.amountUsd() != null && compare(amount.op(), deal.amountUsd().compareTo(amount.usd()));
        }
        Rule.Field field = (Rule.Field) rule;
        return dealField(field.field(), field.value(), alert.deal());
    }

    private static boolean dealField(String name, String value, TrackedDeal tracked) {
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

    private static boolean articleField(String name, String value, EnrichedArticle enriched) {
        Article article = enriched.article();
        return switch (name) {
            case "entity" -> enriched.entities().stream().anyMatch(e -> value.equals(e.id()) || value.equals(e.parent()));
            case "country" -> enriched.entities().stream().anyMatch(e -> value.equalsIgnoreCase(e.attributes().get("country")));
            case "feed" -> value.equalsIgnoreCase(article.feedId());
            case "outlet" -> value.equalsIgnoreCase(article.source());
            case "language" -> value.equalsIgnoreCase(article.language());
            case "category" -> enriched.categoryNames().stream().anyMatch(value::equalsIgnoreCase);
            case "type", "stage" -> false;
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

    /** One text of the alert as words, with the languages it may be in. */
    private record Text(List<String> words, Set<String> languages) {
    }

    /** The alert's texts as word lists, normalised on first use. */
    private static final class Texts {
        private final Alert alert;
        private final KeywordForms forms;
        private List<Text> texts;

        Texts(Alert alert, KeywordForms forms) {
            this.alert = alert;
            this.forms = forms;
        }

        boolean contains(List<String> phrase) {
            for (Text text : texts()) {
                for (String language : text.languages()) {
                    for (List<String> form : forms.alternatives(phrase, language)) {
                        if (KeywordForms.containsPhrase(text.words(), form)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private List<Text> texts() {
            if (texts == null) {
                texts = new ArrayList<>();
                if (alert.aboutArticle()) {
                    Article a = alert.article().article();
                    Set<String> language = Set.of(a.language());
                    texts.add(new Text(RuleParser.words(a.title()), language));
                    texts.add(new Text(RuleParser.words(a.summary()), language));
                } else {
                    TrackedDeal tracked = alert.deal();
                    Set<String> languages = new LinkedHashSet<>();
                    for (Source s : tracked.sources()) {
                        String language = s.language() == null ? KeywordForms.UNKNOWN_LANGUAGE : s.language();
                        languages.add(language);
                        texts.add(new Text(RuleParser.words(s.title() == null ? "" : s.title()), Set.of(language)));
                    }
                    if (languages.isEmpty()) {
                        languages.add(KeywordForms.UNKNOWN_LANGUAGE);
                    }
                    texts.add(new Text(RuleParser.words(tracked.deal().evidence()), languages));
                }
            }
            return texts;
        }
    }
}

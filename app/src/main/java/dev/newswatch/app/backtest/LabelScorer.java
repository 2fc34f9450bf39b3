package dev.newswatch.app.backtest;

import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Source;
import dev.newswatch.enrich.deal.DealEvaluation;
import dev.newswatch.enrich.deal.Detection;
import dev.newswatch.enrich.deal.EvaluationReport;
import dev.newswatch.enrich.deal.ExpectedDeal;
import dev.newswatch.enrich.deal.LabelReader;
import dev.newswatch.enrich.deal.LabelReader.Label;
import dev.newswatch.enrich.deal.LabelledItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Scores the alerts of a backtest against labels in the JSONL format of {@code deals_dev.jsonl} (one
 * {@code {id, lang, title, text, expect: {deals: [{target, investor, usd}], lenient}}} per line; {@code text}
 * may be left out, and an optional {@code url} helps matching).
 *
 * <p>A labelled item is matched to the history's articles whose id equals the item's {@code id}, whose URL
 * equals the item's {@code id} or {@code url}, or whose title equals the item's {@code title} (ignoring
 * case and runs of white space). Its detected deals are the alerted deals (in their last alerted version)
 * that the item's articles reported, as a first report or as a later source of the same deal. Items that
 * match no article are listed as unmatched and not scored. Scoring is {@link DealEvaluation}'s, the rules of
 * {@code samples/README.md}. Stateless.
 */
public final class LabelScorer {

    private LabelScorer() {
    }

    /**
     * Reads labels from a JSONL file (UTF-8; blank lines skipped) with {@link LabelReader}; an item may leave
     * its text out.
     *
     * @throws IllegalArgumentException naming the file and line when a line is not a labelled item
     */
    public static List<Label> read(Path jsonl) {
        return LabelReader.read(jsonl, LabelReader.Text.OPTIONAL);
    }

    /**
     * Scores {@code result}'s alerts against {@code labels}.
     *
     * @param history  the articles the backtest ran over
     * @param entities the entity table, to map the labels' names to entity ids
     */
    public static LabelScore score(List<Label> labels, List<Article> history, BacktestResult result,
                                   List<Entity> entities) {
        Map<String, Map<String, Deal>> alertedByArticle = alertedDealsByArticle(result);
        List<LabelledItem> matched = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, List<Deal>> detections = new LinkedHashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (Label label : labels) {
            List<Article> articles = history.stream().filter(a -> matches(label, a)).toList();
            if (articles.isEmpty()) {
                unmatched.add(label.item().id());
                continue;
            }
            matched.add(label.item());
            titles.put(label.item().id(), articles.get(0).title());
            Map<String, Deal> deals = new LinkedHashMap<>();
            for (Article article : articles) {
                deals.putAll(alertedByArticle.getOrDefault(article.id(), Map.of()));
            }
            detections.put(label.item().id(), List.copyOf(deals.values()));
        }
        EvaluationReport report = new DealEvaluation(entities).evaluate(matched,
                item -> Detection.of(detections.get(item.id())));
        List<LabelScore.Miss> misses = new ArrayList<>();
        List<LabelScore.FalsePositive> falsePositives = new ArrayList<>();
        for (EvaluationReport.ItemOutcome outcome : report.items()) {
            String id = outcome.item().id();
            for (ExpectedDeal miss : outcome.missed()) {
                misses.add(new LabelScore.Miss(id, titles.get(id), miss.investor(), miss.target(), miss.usd(),
                        outcome.detection().deals()));
            }
            for (Deal deal : outcome.falsePositives()) {
                falsePositives.add(new LabelScore.FalsePositive(id, titles.get(id), deal));
            }
        }
        return new LabelScore(report.recall(), report.precision(), report.expected(), report.found(),
                report.detected(), misses, falsePositives, unmatched);
    }

    /**
     * For each article id, the alerted deals it reported, by deal id: the deal as last alerted, for every
     * article among the sources of the deal's final version.
     */
    private static Map<String, Map<String, Deal>> alertedDealsByArticle(BacktestResult result) {
        Map<String, Map<String, Deal>> byArticle = new LinkedHashMap<>();
        for (AlertOutcome outcome : result.alerts()) {
            String dealId = outcome.alert().deal().dealId();
            Deal alerted = outcome.alert().deal().deal();
            for (Source source : outcome.latest().sources()) {
                byArticle.computeIfAbsent(source.articleId(), k -> new LinkedHashMap<>()).put(dealId, alerted);
            }
        }
        return byArticle;
    }

    /** Whether an article matches one of {@code labels}: the articles {@link #score} looks at. */
    public static Predicate<Article> matchingAny(List<Label> labels) {
        return article -> labels.stream().anyMatch(label -> matches(label, article));
    }

    static boolean matches(Label label, Article article) {
        String id = label.item().id();
        if (id.equals(article.id()) || (!article.url().isEmpty() && id.equals(article.url()))) {
            return true;
        }
        if (label.url() != null && label.url().equals(article.url())) {
            return true;
        }
        String title = normalisedTitle(label.item().title());
        return !title.isEmpty() && title.equals(normalisedTitle(article.title()));
    }

    private static String normalisedTitle(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

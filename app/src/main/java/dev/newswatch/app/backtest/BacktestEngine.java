package dev.newswatch.app.backtest;

import dev.newswatch.alerts.SubscriptionFilter;
import dev.newswatch.app.wiring.AlertsWiring;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.rule.KeywordForms;
import dev.newswatch.enrich.topology.DealBook;
import dev.newswatch.enrich.topology.DealChange;
import dev.newswatch.enrich.topology.DealReport;
import dev.newswatch.enrich.topology.EnrichTopology;
import dev.newswatch.enrich.topology.KeyedState;
import dev.newswatch.enrich.topology.SeenArticles;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.kafka.streams.KeyValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one rule set over a history without a broker, as the production enrich topology
 * ({@link EnrichTopology#build} with {@link EnrichWiring#topologySettings}) would: the config's entity table
 * loaded first, then the articles in the order given (event-time order) with their published time as record
 * time, as a live run sees them. It calls the topology's own logic directly, with maps for state stores: the
 * articles serde, {@link SeenArticles} ({@code dedup-articles}), the production
 * {@link dev.newswatch.enrich.ArticleEnricher} ({@code enrich-article}), {@link DealReport#of}
 * ({@code deal-reports}) and {@link DealBook} ({@code track-deals}), with their stream-time purges as the topology
 * schedules them ({@link StreamTime}). The alerts that come out are matched against the config's subscriptions
 * with the alerts stage's own {@link SubscriptionFilter}. Nothing is delivered.
 *
 * <p>The topology has an order-independent part and an order-dependent part, and on a history whose article
 * ids are all distinct (every {@link History} is) they are run apart:
 * <ul>
 *   <li>per article, on worker threads ({@link Lookahead}, every core, a bounded window ahead of the deal
 *       tracking): {@link ArticleStage}, the article through the articles topic's serde, {@code dedup-articles}
 *       (which forwards every new id, and every id is new), {@code enrich-article} (with the linker of the
 *       entity table as the GlobalKTable holds it) and {@code deal-reports} (one report per deal, keyed by party);
 *   <li>in history order, on the calling thread: the deal book, given each article's reports with the
 *       article's time, as the {@code deal-reports-by-party} repartition topic feeds {@code track-deals} live
 *       (same order, same stream time, so the same purges).
 * </ul>
 * A history that repeats an id, or an article that fails in the per-article part (the topology would
 * dead-letter it), is run step by step instead, on one thread, as one Kafka Streams task runs the whole topology.
 * The backtest tests compare the two ways, and the deals and alerts with those of the topology itself on a
 * {@code TopologyTestDriver}.
 *
 * <p>Not thread-safe; one run at a time per instance.
 */
public final class BacktestEngine {

    private static final Logger LOG = LoggerFactory.getLogger(BacktestEngine.class);
    /** Progress is reported this often. */
    private static final int PROGRESS_EVERY = 256;
    private static final int MAX_CHART_DAYS = 3660;
    /** Threads for the per-article part: every core, as the deal tracking's thread is mostly idle. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** How many articles the workers may be ahead of the deal tracking: enough to never starve it, and bounded. */
    private static final int AHEAD = 1024;

    private final NewswatchConfig config;
    private final EnrichTopology.Settings settings;
    private final List<Entity> entities;
    private final List<Subscription> subscriptions;
    private final BigDecimal defaultMinUsd;
    private final KeywordForms forms;
    /** Whether the per-article part skips enrichment for texts without money ({@link ArticleStage#reports}). */
    private final boolean skipWithoutMoney;

    /**
     * Loads the rule set of {@code config}: taxonomy, rates, alert floor, entities and subscriptions.
     *
     * @throws dev.newswatch.core.config.ConfigException when one of its files is invalid
     */
    public BacktestEngine(NewswatchConfig config) {
        this(config, true);
    }

    /** @param skipWithoutMoney false to enrich every article, for the tests that show skipping changes nothing */
    BacktestEngine(NewswatchConfig config, boolean skipWithoutMoney) {
        this.skipWithoutMoney = skipWithoutMoney;
        this.config = config;
        this.settings = EnrichWiring.topologySettings(config);
        this.entities = EnrichWiring.entities(config.enrich().entitiesFile());
        this.subscriptions = AlertsWiring.subscriptions(config.alerts());
        this.defaultMinUsd = config.alerts().defaultMinAmountUsd();
        this.forms = KeywordForms.load(config.enrich().taxonomyFile());
    }

    /**
     * What a {@link SpilledHistory} for {@link #run(SpilledHistory, Progress)} needs the bytes of: the articles with an
     * amount of money (the others report no deal), or every article when this engine enriches every article.
     */
    public Predicate<Article> needsBytes() {
        ArticleStage stage = new ArticleStage(settings.topics(), settings.enricher(), entities, skipWithoutMoney);
        return skipWithoutMoney ? stage::hasMoney : article -> true;
    }

    /** The subscriptions of the rule set ({@code subscriptions.yml}), in file order. */
    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    /** The entity table of the rule set. */
    public List<Entity> entities() {
        return entities;
    }

    /** The rule set, as reports show it. */
    public RuleSet rules() {
        return new RuleSet(config.configDir(), config.enrich().alertFloorUsd(), defaultMinUsd,
                config.enrich().taxonomyFile(), entities.size(), subscriptions.stream().map(Subscription::id).toList());
    }

    /**
     * Runs {@code articles} through the topology's logic, in the order given.
     *
     * @param articles the history, in event-time order ({@link History#EVENT_ORDER})
     * @param progress told after every few articles
     */
    public BacktestResult run(List<Article> articles, Progress progress) {
        Outputs outputs = run(articles, progress, distinctIds(articles));
        TreeMap<LocalDate, int[]> days = new TreeMap<>();
        articles.forEach(a -> countDay(days, a.published()));
        return result(outputs, articles.size(), days);
    }

    /**
     * Runs a history kept on disk through the topology's logic, in event-time order, in bounded memory: the
     * articles stream from {@code history}'s sorted runs through the per-article part on worker threads (each read
     * with the articles topic's deserializer, as the {@code articles-source} reads it) to the deal tracking, a
     * bounded window apart. Its ids are distinct, so this is always the fast path; an article that fails in the
     * per-article part is counted as a dead letter and gives no report, as the topology's exception handlers do.
     *
     * @param progress told after every few articles
     */
    public BacktestResult run(SpilledHistory history, Progress progress) {
        Outputs outputs = new Outputs(settings);
        StreamTime tracking = new StreamTime().schedule(DealBook.PURGE_INTERVAL, outputs.book::forgetOld);
        ArticleStage stage = new ArticleStage(settings.topics(), settings.enricher(), entities, skipWithoutMoney);
        TreeMap<LocalDate, int[]> days = new TreeMap<>();
        int total = history.inWindow();
        int done = 0;
        try (SpilledHistory.CloseableIterator entries = history.entries();
             Lookahead<SpilledHistory.Entry, Spilled> ahead = new Lookahead<>(entries,
                     entry -> spilled(entry, history, stage), WORKERS, AHEAD)) {
            while (ahead.hasNext()) {
                Spilled next = ahead.next();
                countDay(days, next.entry().published());
                done++;
                if (next.failure() != null) {
                    outputs.deadLetter(next.entry().id(), next.failure());
                } else {
                    outputs.enriched++;
                    long time = next.entry().published().toEpochMilli();
                    for (KeyValue<String, DealReport> report : next.reports()) {
                        outputs.track(report, time);
                        tracking.processed(time);
                    }
                }
                if (done % PROGRESS_EVERY == 0) {
                    progress.update(done, total);
                }
            }
            progress.update(done, total);
        } finally {
            progress.finish();
        }
        return result(outputs, done, days);
    }

    /** What the per-article part makes of a spilled article; the failure of a step is returned, not thrown. */
    private record Spilled(SpilledHistory.Entry entry, List<KeyValue<String, DealReport>> reports,
                           RuntimeException failure) {
    }

    private static Spilled spilled(SpilledHistory.Entry entry, SpilledHistory history, ArticleStage stage) {
        if (entry.value() == null) {
            return new Spilled(entry, List.of(), new IllegalStateException("the article could not be serialised"));
        }
        if (entry.dropped()) {
            if (stage.skipsWithoutMoney()) {
                // The history kept no bytes because the article has no amount: it reports no deal.
                return new Spilled(entry, List.of(), null);
            }
            throw new IllegalStateException("the history kept no bytes of article " + entry.id()
                    + ", which this engine would enrich: spill with keep = article -> true");
        }
        try {
            return new Spilled(entry, stage.reports(history.read(entry)), null);
        } catch (RuntimeException e) {
            return new Spilled(entry, List.of(), e);
        }
    }

    private BacktestResult result(Outputs outputs, int piped, TreeMap<LocalDate, int[]> days) {
        List<AlertOutcome> alerts = outputs.alerts.stream()
                .map(a -> new AlertOutcome(a, outputs.deals.get(a.deal().dealId()),
                        SubscriptionFilter.matching(subscriptions, a, defaultMinUsd, forms).stream()
                                .map(Subscription::id).toList()))
                .toList();
        List<TrackedDeal> deals = outputs.deals.values().stream()
                .sorted(Comparator.comparing(TrackedDeal::firstSeen).thenComparing(TrackedDeal::dealId))
                .toList();
        LOG.info("Backtest with the rules of {}: {} articles piped, {} enriched, {} deals, {} alerts.",
                config.configDir(), piped, outputs.enriched, deals.size(), alerts.size());
        return new BacktestResult(rules(), piped, outputs.enriched, outputs.deadLetters, deals, alerts,
                byDay(days, alerts));
    }

    /**
     * The article alerts {@code subscription} would have got over {@code articles} (its {@code alert-on} is
     * {@code articles} or {@code both}; none otherwise): each article read and enriched as the
     * {@code articles-source} and {@code enrich-article} steps do, once per id, raised at its published time, and
     * kept when the alerts stage's {@link SubscriptionFilter} says the subscription wants it. An article that fails
     * to enrich (the topology would dead-letter it) makes no alert.
     */
    public List<Alert> articleAlerts(List<Article> articles, Subscription subscription) {
        if (!subscription.wantsArticles()) {
            return List.of();
        }
        ArticleStage stage = new ArticleStage(settings.topics(), settings.enricher(), entities);
        Set<String> seen = new HashSet<>();
        List<Alert> out = new ArrayList<>();
        for (Article article : articles) {
            if (!seen.add(article.id())) {
                continue;
            }
            EnrichedArticle enriched;
            try {
                enriched = stage.enrich(stage.read(article));
            } catch (RuntimeException e) {
                LOG.warn("Backtest: article {} fails in the enrich step and makes no article alert: {}", article.id(),
                        e.toString());
                continue;
            }
            Alert alert = Alert.ofArticle(enriched, article.published());
            if (SubscriptionFilter.wants(subscription, alert, defaultMinUsd, forms)) {
                out.add(alert);
            }
        }
        return out;
    }

    private Outputs run(List<Article> articles, Progress progress, boolean distinctIds) {
        try {
            Outputs outputs = distinctIds ? runAhead(articles, progress) : null;
            if (outputs != null) {
                return outputs;
            }
            if (!distinctIds) {
                LOG.info("Backtest: the history repeats article ids; running the whole topology on one thread.");
            }
            return runWholeTopology(articles, progress);
        } finally {
            progress.finish();
        }
    }

    /**
     * The fast path, for a history whose article ids are all distinct (as {@link History} makes them): the
     * {@code dedup-articles} step then forwards every article, so the per-article part of the topology is a
     * pure function of the article ({@link ArticleStage}), run on worker threads ahead of the deal tracking
     * ({@link Lookahead}), which is given each article's deal reports in history order with the article's time.
     * Returns null, having logged why, when an article fails in the per-article part (its dead letter would
     * come from there): the caller then runs the whole topology, which handles it.
     */
    private Outputs runAhead(List<Article> articles, Progress progress) {
        Outputs outputs = new Outputs(settings);
        StreamTime tracking = new StreamTime().schedule(DealBook.PURGE_INTERVAL, outputs.book::forgetOld);
        ArticleStage stage = new ArticleStage(settings.topics(), settings.enricher(), entities, skipWithoutMoney);
        try (Lookahead<Article, ArticleStage.Outcome> ahead = new Lookahead<>(articles, stage::apply, WORKERS, AHEAD)) {
            for (int i = 0; ahead.hasNext(); i++) {
                ArticleStage.Outcome outcome = ahead.next();
                if (outcome.failure() != null) {
                    LOG.info("Backtest: article {} fails in the enrich step ({}); running the whole topology on one"
                            + " thread, which sends it to the dead-letter topic.", outcome.article().id(),
                            outcome.failure().toString());
                    return null;
                }
                long time = outcome.article().published().toEpochMilli();
                for (KeyValue<String, DealReport> report : outcome.reports()) {
                    outputs.track(report, time);
                    tracking.processed(time);
                }
                if ((i + 1) % PROGRESS_EVERY == 0) {
                    progress.update(i + 1, articles.size());
                }
            }
        }
        outputs.enriched = articles.size();
        progress.update(articles.size(), articles.size());
        return outputs;
    }

    /**
     * The whole topology step by step, as one Kafka Streams task runs it: each article read, deduplicated,
     * enriched and split into reports, then the purges due at the stream time it reached, then its reports
     * tracked. A step that throws dead-letters the article, as the topology's exception handlers do.
     */
    private Outputs runWholeTopology(List<Article> articles, Progress progress) {
        Outputs outputs = new Outputs(settings);
        SeenArticles seen = new SeenArticles(KeyedState.inMemory(), settings.dedupWindow(), settings.metrics());
        StreamTime task = new StreamTime()
                .schedule(SeenArticles.PURGE_INTERVAL, seen::forgetOld)
                .schedule(DealBook.PURGE_INTERVAL, outputs.book::forgetOld);
        ArticleStage stage = new ArticleStage(settings.topics(), settings.enricher(), entities);
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            long time = article.published().toEpochMilli();
            for (KeyValue<String, DealReport> report : processArticle(article, time, stage, seen, task, outputs)) {
                outputs.track(report, time);
                task.processed(time);
            }
            if ((i + 1) % PROGRESS_EVERY == 0) {
                progress.update(i + 1, articles.size());
            }
        }
        progress.update(articles.size(), articles.size());
        return outputs;
    }

    /**
     * One article through {@code articles-source}, {@code dedup-articles}, {@code enrich-article} and
     * {@code deal-reports}, then the purges due: returns its deal reports, none when it is a duplicate or fails.
     */
    private static List<KeyValue<String, DealReport>> processArticle(Article article, long time, ArticleStage stage,
                                                                     SeenArticles seen, StreamTime task,
                                                                     Outputs outputs) {
        Article read;
        try {
            read = stage.read(article);
        } catch (RuntimeException e) {
            // A record that cannot be read is skipped before it moves stream time.
            outputs.deadLetter(article, e);
            return List.of();
        }
        List<KeyValue<String, DealReport>> reports = List.of();
        try {
            if (seen.firstSighting(article.id(), time)) {
                EnrichedArticle enriched = stage.enrich(read);
                outputs.enriched++;
                reports = DealReport.of(enriched);
            }
        } catch (RuntimeException e) {
            outputs.deadLetter(article, e);
        }
        // The task punctuates after the record went through its steps, at the stream time the record moved it to.
        task.processed(time);
        return reports;
    }

    private static boolean distinctIds(List<Article> articles) {
        Set<String> ids = new HashSet<>(articles.size() * 2);
        for (Article article : articles) {
            if (!ids.add(article.id())) {
                return false;
            }
        }
        return true;
    }

    private static void countDay(TreeMap<LocalDate, int[]> days, Instant published) {
        days.computeIfAbsent(day(published), d -> new int[2])[1]++;
    }

    /** Alerts and articles per day; {@code days} holds the article counts (index 1) and gets the alerts. */
    static List<DayCount> byDay(TreeMap<LocalDate, int[]> days, List<AlertOutcome> alerts) {
        for (AlertOutcome outcome : alerts) {
            Instant raised = outcome.alert().raisedAt() != null ? outcome.alert().raisedAt()
                    : outcome.alert().deal().lastSeen();
            if (raised != null) {
                days.computeIfAbsent(day(raised), d -> new int[2])[0]++;
            }
        }
        List<DayCount> out = new ArrayList<>();
        if (days.isEmpty()) {
            return out;
        }
        // Every day from the first to the last, so the chart shows quiet days; only days with data when the
        // history spans more than ten years.
        List<LocalDate> shown = new ArrayList<>(days.keySet());
        if (days.firstKey().plusDays(MAX_CHART_DAYS).isAfter(days.lastKey())) {
            shown = days.firstKey().datesUntil(days.lastKey().plusDays(1)).toList();
        }
        for (LocalDate d : shown) {
            int[] counts = days.getOrDefault(d, new int[2]);
            out.add(new DayCount(d, counts[0], counts[1]));
        }
        return out;
    }

    private static LocalDate day(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    /** The deal book and what comes out of the topology: the deals and alerts topics, as the reports read them. */
    private static final class Outputs {
        private final DealBook book;
        /** The last record of each deal, in the order deals first came out. */
        private final Map<String, TrackedDeal> deals = new LinkedHashMap<>();
        private final List<Alert> alerts = new ArrayList<>();
        /** Articles written to the enriched topic. */
        private int enriched;
        private int deadLetters;

        Outputs(EnrichTopology.Settings settings) {
            book = new DealBook(KeyedState.inMemory(), settings.dealMemory(), settings.alertFloorUsd(),
                    settings.metrics());
        }

        void deadLetter(Article article, RuntimeException failure) {
            deadLetter(article.id(), failure);
        }

        void deadLetter(String articleId, RuntimeException failure) {
            LOG.warn("Backtest: article {} fails in the enrich topology and goes to the dead-letter topic: {}",
                    articleId, failure.toString());
            deadLetters++;
        }

        void track(KeyValue<String, DealReport> report, long time) {
            DealChange change = book.track(report.key, report.value, time);
            if (change != null) {
                deals.put(change.deal().dealId(), change.deal());
                if (change.alert() != null) {
                    alerts.add(change.alert());
                }
            }
        }
    }
}

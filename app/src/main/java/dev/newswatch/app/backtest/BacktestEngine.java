package dev.newswatch.app.backtest;

import dev.newswatch.alerts.SubscriptionFilter;
import dev.newswatch.app.wiring.AlertsWiring;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.model.Subscription;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.topology.EnrichTopology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one rule set over a history without a broker, as the production enrich topology
 * ({@link EnrichTopology#build} with {@link EnrichWiring#topologySettings}) would: the config's entity table
 * first, then the articles in the order given (event-time order) with their published time as record time,
 * as a live run sees them. The alerts that come out are matched against the config's subscriptions with the
 * alerts stage's own {@link SubscriptionFilter}. Nothing is delivered.
 *
 * <p>The topology has an order-independent part and an order-dependent part, and on a history whose article
 * ids are all distinct (every {@link History} is) they are run apart:
 * <ul>
 *   <li>per article, on worker threads ({@link Lookahead}, every core, a bounded window ahead of the driver):
 *       {@link ArticleStage}, the article through the articles topic's serde, {@code dedup-articles} (which
 *       forwards every new id, and every id is new), {@code enrich-article} (the production
 *       {@link dev.newswatch.enrich.ArticleEnricher} with the linker of the entity table as the GlobalKTable
 *       holds it) and {@code deal-reports} (one report per deal, keyed by party);
 *   <li>in history order, on one {@link TopologyTestDriver}: {@link EnrichTopology#buildDealTracking}, the
 *       production {@code track-deals} processor, {@code deal-book} store and {@code deals} / {@code alerts}
 *       sinks, piped each article's reports with the article's time, as the {@code deal-reports-by-party}
 *       repartition topic feeds it live (same serde, same order, same stream time, so the same punctuations).
 * </ul>
 * Splitting it this way takes the enrichment, the JSON of the articles and enriched articles and the driver's
 * per-record commit off the one ordered thread; the results are those of the whole topology (the backtest
 * tests and the JSON reports of the benchmark archive compare them). A history that repeats an id, or an
 * article that fails in the per-article part (the whole topology would dead-letter it), is run through the
 * whole topology on the driver instead, on one thread.
 *
 * <p>Each {@link #run} uses fresh drivers and temporary state directories, deleted afterwards. Not
 * thread-safe; one run at a time per instance.
 */
public final class BacktestEngine {

    private static final Logger LOG = LoggerFactory.getLogger(BacktestEngine.class);
    /** Outputs are drained this often, so a long history never holds every enriched record in memory. */
    private static final int DRAIN_EVERY = 256;
    private static final int MAX_CHART_DAYS = 3660;
    /** Threads for the per-article part: every core, as the driver's thread is mostly idle on the fast path. */
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** How many articles the workers may be ahead of the driver: enough to never starve it, and bounded. */
    private static final int AHEAD = 1024;

    private final NewswatchConfig config;
    private final EnrichTopology.Settings settings;
    private final List<Entity> entities;
    private final List<Subscription> subscriptions;
    private final BigDecimal defaultMinUsd;

    /**
     * Loads the rule set of {@code config}: taxonomy, rates, alert floor, entities and subscriptions.
     *
     * @throws dev.newswatch.core.config.ConfigException when one of its files is invalid
     */
    public BacktestEngine(NewswatchConfig config) {
        this.config = config;
        this.settings = EnrichWiring.topologySettings(config);
        this.entities = EnrichWiring.entities(config.enrich().entitiesFile());
        this.subscriptions = AlertsWiring.subscriptions(config.alerts());
        this.defaultMinUsd = config.alerts().defaultMinAmountUsd();
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
     * Pipes {@code articles} through the topology, in the order given.
     *
     * @param articles the history, in event-time order ({@link History#EVENT_ORDER})
     * @param progress told after every few articles
     */
    public BacktestResult run(List<Article> articles, Progress progress) {
        Outputs outputs = run(articles, progress, distinctIds(articles));
        outputs.read();
        List<AlertOutcome> alerts = outputs.alerts.stream()
                .map(a -> new AlertOutcome(a, outputs.deals.get(a.deal().dealId()),
                        SubscriptionFilter.matching(subscriptions, a, defaultMinUsd).stream()
                                .map(Subscription::id).toList()))
                .toList();
        List<TrackedDeal> deals = outputs.deals.values().stream()
                .sorted(Comparator.comparing(TrackedDeal::firstSeen).thenComparing(TrackedDeal::dealId))
                .toList();
        LOG.info("Backtest with the rules of {}: {} articles piped, {} enriched, {} deals, {} alerts.",
                config.configDir(), articles.size(), outputs.enriched, deals.size(), alerts.size());
        return new BacktestResult(rules(), articles.size(), outputs.enriched, outputs.deadLetters, deals, alerts,
                byDay(articles, alerts));
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
     * pure function of the article ({@link ArticleStage}), run on worker threads ahead of the driver
     * ({@link Lookahead}); the driver runs only the deal tracking ({@link EnrichTopology#buildDealTracking}),
     * piped each article's deal reports in history order with the article's time, as the repartition topic
     * feeds it. Returns null, having logged why, when an article fails in the per-article part (its dead
     * letter would come from there): the caller then runs the whole topology, which handles it.
     */
    private Outputs runAhead(List<Article> articles, Progress progress) {
        Path stateDir = createStateDir();
        Instant start = articles.isEmpty() ? Instant.EPOCH : articles.get(0).published();
        Outputs outputs = new Outputs();
        ArticleStage stage = new ArticleStage(settings.topics(), settings.enricher(), entities);
        try (Lookahead<Article, ArticleStage.Outcome> ahead = new Lookahead<>(articles, stage::apply, WORKERS, AHEAD);
             TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.buildDealTracking(settings),
                     properties(stateDir), start)) {
            // The records come serialised by the workers, with the repartition topic's serdes.
            TestInputTopic<byte[], byte[]> reports = driver.createInputTopic(EnrichTopology.DEAL_REPORTS_TOPIC,
                    new ByteArraySerializer(), new ByteArraySerializer());
            outputs.open(driver, settings.topics(), false);
            for (int i = 0; ahead.hasNext(); i++) {
                ArticleStage.Outcome outcome = ahead.next();
                if (outcome.failure() != null) {
                    LOG.info("Backtest: article {} fails in the enrich step ({}); running the whole topology on one"
                            + " thread, which sends it to the dead-letter topic.", outcome.article().id(),
                            outcome.failure().toString());
                    return null;
                }
                for (KeyValue<byte[], byte[]> report : outcome.records()) {
                    reports.pipeInput(report.key, report.value, outcome.article().published());
                }
                if ((i + 1) % DRAIN_EVERY == 0) {
                    outputs.drain();
                    progress.update(i + 1, articles.size());
                }
            }
            outputs.drain();
            outputs.enriched = articles.size();
            progress.update(articles.size(), articles.size());
        } finally {
            deleteQuietly(stateDir);
        }
        return outputs;
    }

    /** The whole production topology on the driver, every article piped in turn: the reference, on one thread. */
    private Outputs runWholeTopology(List<Article> articles, Progress progress) {
        Path stateDir = createStateDir();
        Topics topics = settings.topics();
        Instant start = articles.isEmpty() ? Instant.EPOCH : articles.get(0).published();
        Outputs outputs = new Outputs();
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.build(settings), properties(stateDir),
                start)) {
            TestInputTopic<String, Entity> entityInput = driver.createInputTopic(topics.entities.name(),
                    topics.entities.keySerde().serializer(), topics.entities.valueSerde().serializer());
            TestInputTopic<String, Article> articleInput = driver.createInputTopic(topics.articles.name(),
                    topics.articles.keySerde().serializer(), topics.articles.valueSerde().serializer());
            outputs.open(driver, topics, true);
            for (Entity entity : entities) {
                entityInput.pipeInput(entity.id(), entity, start);
            }
            for (int i = 0; i < articles.size(); i++) {
                Article article = articles.get(i);
                articleInput.pipeInput(article.id(), article, article.published());
                if ((i + 1) % DRAIN_EVERY == 0) {
                    outputs.drain();
                    progress.update(i + 1, articles.size());
                }
            }
            outputs.drain();
            progress.update(articles.size(), articles.size());
        } finally {
            deleteQuietly(stateDir);
        }
        return outputs;
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

    /**
     * The driver's settings: the error handling of {@code EnrichRunner} (log and continue, dead-letter
     * topic). Not its exactly_once_v2: the driver commits after every record anyway, and under exactly-once it
     * drops the dead letters of records skipped while being read.
     */
    private Properties properties(Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.topics().prefix() + "backtest");
        // Never contacted: the driver has no broker.
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueExceptionHandler.class.getName());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                LogAndContinueProcessingExceptionHandler.class.getName());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, settings.topics().enrichDlq.name());
        return props;
    }

    static List<DayCount> byDay(List<Article> articles, List<AlertOutcome> alerts) {
        TreeMap<LocalDate, int[]> days = new TreeMap<>();
        for (Article article : articles) {
            days.computeIfAbsent(day(article.published()), d -> new int[2])[1]++;
        }
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

    private static Path createStateDir() {
        try {
            return Files.createTempDirectory("newswatch-backtest-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state directory for the backtest", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot delete the backtest state directory {}: {}", dir, e.getMessage());
        }
    }

    /** The topics read back from the driver. */
    private static final class Outputs {
        private TestOutputTopic<byte[], byte[]> enrichedTopic;
        private TestOutputTopic<byte[], byte[]> deadLetterTopic;
        private TestOutputTopic<String, byte[]> dealsTopic;
        private TestOutputTopic<String, byte[]> alertsTopic;
        private Deserializer<TrackedDeal> dealReader;
        private Deserializer<Alert> alertReader;
        private String dealsTopicName;
        private String alertsTopicName;
        /** Records on the enriched topic; the fast path, whose topology has none, sets it itself. */
        private int enriched;
        private int deadLetters;
        /** The last record of each deal, in the order deals first came out; read as JSON once, at the end. */
        private final Map<String, byte[]> dealRecords = new LinkedHashMap<>();
        private final List<byte[]> alertRecords = new ArrayList<>();
        private Map<String, TrackedDeal> deals;
        private List<Alert> alerts;

        void open(TopologyTestDriver driver, Topics topics, boolean withEnriched) {
            // Enriched records and dead letters are only counted: raw bytes spare the JSON reading.
            enrichedTopic = withEnriched ? driver.createOutputTopic(topics.enriched.name(),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer()) : null;
            deadLetterTopic = driver.createOutputTopic(topics.enrichDlq.name(), new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            // Deals and alerts are kept as bytes while the driver runs: superseded deal records are never read,
            // and the rest are read in parallel when it is done, off the driver's thread.
            dealsTopic = driver.createOutputTopic(topics.deals.name(), topics.deals.keySerde().deserializer(),
                    new ByteArrayDeserializer());
            alertsTopic = driver.createOutputTopic(topics.alerts.name(), topics.alerts.keySerde().deserializer(),
                    new ByteArrayDeserializer());
            dealReader = topics.deals.valueSerde().deserializer();
            alertReader = topics.alerts.valueSerde().deserializer();
            dealsTopicName = topics.deals.name();
            alertsTopicName = topics.alerts.name();
        }

        void drain() {
            if (enrichedTopic != null) {
                enriched += enrichedTopic.readRecordsToList().size();
            }
            deadLetters += deadLetterTopic.readRecordsToList().size();
            dealsTopic.readKeyValuesToList().forEach(kv -> dealRecords.put(kv.key, kv.value));
            alertRecords.addAll(alertsTopic.readValuesToList());
        }

        /** Reads the deals and alerts that came out; call once, after the last {@link #drain()}. */
        void read() {
            List<String> ids = new ArrayList<>(dealRecords.keySet());
            List<TrackedDeal> values = dealRecords.values().parallelStream()
                    .map(bytes -> dealReader.deserialize(dealsTopicName, bytes)).toList();
            deals = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                deals.put(ids.get(i), values.get(i));
            }
            alerts = alertRecords.parallelStream().map(bytes -> alertReader.deserialize(alertsTopicName, bytes))
                    .toList();
        }
    }
}

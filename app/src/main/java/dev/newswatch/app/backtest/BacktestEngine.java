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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one rule set over a history without a broker: the production enrich topology
 * ({@link EnrichTopology#build} with {@link EnrichWiring#topologySettings}) on a {@link TopologyTestDriver},
 * the config's entity table piped first, then the articles in the order given (event-time order) with their
 * published time as record time, as a live run sees them. The alerts that come out are matched against the
 * config's subscriptions with the alerts stage's own {@link SubscriptionFilter}. Nothing is delivered.
 *
 * <p>Each {@link #run} uses a fresh driver and a temporary state directory, deleted afterwards. Not
 * thread-safe; one run at a time per instance.
 */
public final class BacktestEngine {

    private static final Logger LOG = LoggerFactory.getLogger(BacktestEngine.class);
    /** Outputs are drained this often, so a long history never holds every enriched record in memory. */
    private static final int DRAIN_EVERY = 256;
    private static final int MAX_CHART_DAYS = 3660;

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
            outputs.open(driver, topics);
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
            progress.finish();
            deleteQuietly(stateDir);
        }
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
        private TestOutputTopic<String, TrackedDeal> dealsTopic;
        private TestOutputTopic<String, Alert> alertsTopic;
        private int enriched;
        private int deadLetters;
        private final Map<String, TrackedDeal> deals = new LinkedHashMap<>();
        private final List<Alert> alerts = new ArrayList<>();

        void open(TopologyTestDriver driver, Topics topics) {
            // Enriched records and dead letters are only counted: raw bytes spare the JSON reading.
            enrichedTopic = driver.createOutputTopic(topics.enriched.name(), new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            deadLetterTopic = driver.createOutputTopic(topics.enrichDlq.name(), new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            dealsTopic = driver.createOutputTopic(topics.deals.name(), topics.deals.keySerde().deserializer(),
                    topics.deals.valueSerde().deserializer());
            alertsTopic = driver.createOutputTopic(topics.alerts.name(), topics.alerts.keySerde().deserializer(),
                    topics.alerts.valueSerde().deserializer());
        }

        void drain() {
            enriched += enrichedTopic.readRecordsToList().size();
            deadLetters += deadLetterTopic.readRecordsToList().size();
            dealsTopic.readKeyValuesToList().forEach(kv -> deals.put(kv.key, kv.value));
            alerts.addAll(alertsTopic.readValuesToList());
        }
    }
}

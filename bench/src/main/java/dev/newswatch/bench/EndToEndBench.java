package dev.newswatch.bench;

import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.app.wiring.EnrichWiring;
import dev.newswatch.bench.corpus.NewsCorpus;
import dev.newswatch.bench.corpus.SyntheticEntities;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.bench.harness.FixedRate;
import dev.newswatch.bench.harness.WorkDir;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.EnrichedArticle;
import dev.newswatch.core.model.Entity;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.enrich.ArticleEnricher;
import dev.newswatch.enrich.EnrichRunner;
import dev.newswatch.enrich.EntityRegistry;
import dev.newswatch.enrich.link.EntityLinker;
import dev.newswatch.enrich.topology.DealReport;
import dev.newswatch.enrich.topology.EnrichTopology;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;

/**
 * End-to-end benchmark of the enrich stage on the embedded broker, beside a bare pass-through Streams
 * application on the same broker, in the same run. Not a test: run it with {@code bench/enrich-e2e.sh}.
 *
 * <p>Both applications run one at a time with the production runner ({@link EnrichRunner}: exactly_once_v2,
 * the configured commit interval, producer linger 5 ms) on topics of their own, and each gets the same bytes:
 * <ol>
 *   <li>warm-up: {@code --warmup} articles, waited for and not measured;</li>
 *   <li>throughput: {@code --articles} articles of about 2 KB, one in ten reporting a deal above the alert floor
 *       (each with its own made-up target company), the rest ordinary tech news, sent as fast as an idempotent
 *       acks=all producer can; articles per second from the first send to the read of the last output record
 *       (read_committed);</li>
 *   <li>latency: {@code --rate} articles per second for {@code --latency-seconds}, each reporting a deal above the
 *       floor; per record, the wall clock at read minus the record timestamp, which is the wall clock at send
 *       (Streams carries it to every output). Measured to the enriched topic (one exactly-once hop) and to the
 *       alerts topic (two hops: enrich, then the deal tracker after the repartition by party).</li>
 * </ol>
 * The enrich application links against config/entities/ plus 10,000 synthetic entities (the deal targets are
 * among them), seeded through {@link EntityRegistry}. Before the run, every article is enriched once in process
 * to count the alerts each phase must produce. Prints a table on standard output; logs go to standard error.
 */
public final class EndToEndBench {

    private static final int WATCH_TIMEOUT_ALERTS_SECONDS = 60;
    private static final double MB = 1e6;
    private static final int DEAL_EVERY = 10;
    private static final int ARTICLE_BYTES = 1800;

    private EndToEndBench() {
    }

    /**
     * Options: {@code --articles N} (20000), {@code --rate N} articles/s in the latency phase (200),
     * {@code --latency-seconds N} (20), {@code --warmup N} (2000), {@code --timeout-seconds N} per phase (300),
     * {@code --config DIR} (config).
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        WorkDir.runAndExit("newswatch-e2e-", work -> run(options, work));
    }

    private static int run(Options o, Path work) throws Exception {
        NewswatchConfig base = ConfigLoader.load(o.configDir()).withDataDir(work.resolve("data"));
        System.out.printf(Locale.ROOT, "enrich end-to-end benchmark: %d articles (1 in %d a deal), latency at %d/s for %d s, "
                + "warm-up %d; %d cores, load average %.2f; commit interval %d ms%n", o.articles(), DEAL_EVERY, o.rate(),
                o.latencySeconds(), o.warmup(), Runtime.getRuntime().availableProcessors(), loadAverage(),
                base.enrich().commitInterval().toMillis());

        List<Entity> defaults = EnrichWiring.entities(base.enrich().entitiesFile());
        List<Entity> entities = BenchSetup.withSynthetic(defaults);
        Workload workload = Workload.build(new NewsCorpus(defaults, NewsCorpus.DEFAULT_SEED), entities, o);
        workload.precheck(EnrichWiring.enricher(base.enrich()), EntityLinker.of(entities), base.enrich().alertFloorUsd());
        workload.describe();

        String runId = "e2e-" + Long.toString(System.currentTimeMillis(), 36);
        try (EmbeddedBroker broker = new EmbeddedBroker(work.resolve("kafka"), 0).start()) {
            KafkaClients clients = KafkaClients.of(base.kafka(), broker.bootstrapServers());
            Result pass = passThrough(base, clients, runId, workload, o);
            Result enrich = enrich(base, clients, runId, entities, workload, o);
            printTable(pass, enrich, workload, o);
            System.out.printf(Locale.ROOT, "load average at the end: %.2f%n", loadAverage());
            return pass.complete() && enrich.complete() ? 0 : 1;
        }
    }

    private static Result passThrough(NewswatchConfig base, KafkaClients clients, String runId, Workload workload,
                                      Options o) throws Exception {
        Topics topics = new Topics(runId + ".pass.", base.kafka().partitions());
        TopicAdmin.ensureTopics(clients.admin("bench-admin"), topics, base.kafka().replicationFactor());
        Topic<byte[], byte[]> copy = new Topic<>("articles-copy", topics.prefix() + "articles-copy", Serdes.ByteArray(),
                Serdes.ByteArray(), false, topics.articles.partitions(), topics.articles.configs());
        createTopic(clients, copy, base.kafka().replicationFactor());
        Topology topology = PassThroughTopology.build(topics.articles.name(), copy.name());
        try (EnrichRunner runner = new EnrichRunner(topology, clients, runId + "-pass", base.dataDir().resolve("streams"),
                topics.enrichDlq.name(), base.enrich().commitInterval());
             OutputWatcher out = new OutputWatcher(clients, copy.name(), "copy")) {
            awaitRunning(runner.start(), Duration.ofSeconds(o.timeoutSeconds()));
            return measure("pass-through", clients, topics.articles.name(), out, null, workload, o);
        }
    }

    private static Result enrich(NewswatchConfig base, KafkaClients clients, String runId, List<Entity> entities,
                                 Workload workload, Options o) throws Exception {
        NewswatchConfig config = base.withKafka(base.kafka().withTopicPrefix(runId + ".enrich."));
        Topics topics = config.topics();
        TopicAdmin.ensureTopics(clients.admin("bench-admin"), topics, config.kafka().replicationFactor());
        long seedStart = System.nanoTime();
        int seeded = new EntityRegistry(topics, clients).seed(entities);
        System.out.printf(Locale.ROOT, "seeded %d entities into %s in %.1f s%n", seeded, topics.entities.name(),
                seconds(System.nanoTime() - seedStart));
        Topology topology = EnrichTopology.build(EnrichWiring.topologySettings(config));
        try (EnrichRunner runner = new EnrichRunner(topology, clients, runId + "-enrich", config.dataDir().resolve("streams"),
                topics.enrichDlq.name(), config.enrich().commitInterval());
             OutputWatcher enriched = new OutputWatcher(clients, topics.enriched.name(), "enriched");
             OutputWatcher alerts = new OutputWatcher(clients, topics.alerts.name(), "alerts")) {
            awaitRunning(runner.start(), Duration.ofSeconds(o.timeoutSeconds()));
            return measure("enrich", clients, topics.articles.name(), enriched, alerts, workload, o);
        }
    }

    /** Warm-up, throughput and latency phases against one running application; {@code alerts} may be null. */
    private static Result measure(String name, KafkaClients clients, String input, OutputWatcher out, OutputWatcher alerts,
                                  Workload w, Options o) throws InterruptedException {
        Duration timeout = Duration.ofSeconds(o.timeoutSeconds());
        try (Sender sender = new Sender(clients, name, input)) {
            Phase warmup = phase(out, alerts, w.warmup, 0, () -> sender.sendAll(w.warmup), timeout);
            System.out.printf(Locale.ROOT, "%s: warm-up done (%d articles%s)%n", name, warmup.outputs(),
                    alerts == null ? "" : ", " + warmup.alerts() + " alerts");
            Phase throughput = phase(out, alerts, w.throughput, System.currentTimeMillis(),
                    () -> sender.sendAll(w.throughput), timeout);
            System.out.printf(Locale.ROOT, "%s: throughput phase done%n", name);
            Phase latency = phase(out, alerts, w.latency, System.currentTimeMillis(),
                    () -> sender.sendPaced(w.latency, o.rate()), timeout);
            System.out.printf(Locale.ROOT, "%s: latency phase done%n", name);
            return new Result(name, throughput.outputPerSecond(w.throughput.size()),
                    w.throughput.size() / seconds(throughput.sentNanos() - throughput.startNanos()), latency.outLatency(),
                    latency.alertLatency(), throughput.alerts(), warmup.complete() && throughput.complete()
                    && latency.complete());
        }
    }

    /**
     * Sends one batch and waits for its outputs (records stamped at or after {@code fromMs}) and, when
     * {@code alerts} is not null, for the alerts the batch must raise.
     */
    private static Phase phase(OutputWatcher out, OutputWatcher alerts, Batch batch, long fromMs, Runnable send,
                               Duration timeout) throws InterruptedException {
        out.startPhase(fromMs, batch.size());
        if (alerts != null) {
            alerts.startPhase(fromMs, batch.expectedAlerts);
        }
        long start = System.nanoTime();
        send.run();
        long sent = System.nanoTime();
        boolean complete = out.await(timeout);
        if (alerts != null) {
            complete &= alerts.await(Duration.ofSeconds(WATCH_TIMEOUT_ALERTS_SECONDS));
        }
        return new Phase(start, sent, out.completedAtNanos(), out.count(), out.latencies(),
                alerts == null ? 0 : alerts.count(), alerts == null ? null : alerts.latencies(), complete);
    }

    private static void printTable(Result pass, Result enrich, Workload w, Options o) {
        double mbPerArticle = w.throughput.bytes / (double) w.throughput.size() / MB;
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-14s | %-21s | %17s | %7s | %13s | %8s | %8s | %8s | %7s |%n", "app", "measured",
                "throughput art/s", "MB/s", "produce art/s", "p50 ms", "p99 ms", "max ms", "samples");
        System.out.println("|----------------|-----------------------|-------------------|---------|---------------|"
                + "----------|----------|----------|---------|");
        row(pass.name(), "articles -> copy", pass, pass.outLatency(), mbPerArticle);
        row(enrich.name(), "articles -> enriched", enrich, enrich.outLatency(), mbPerArticle);
        System.out.printf(Locale.ROOT, "| %-14s | %-21s | %17s | %7s | %13s | %8d | %8d | %8d | %7d |%n", enrich.name(),
                "articles -> alerts", "-", "-", "-", enrich.alertLatency().p50(), enrich.alertLatency().p99(),
                enrich.alertLatency().max(), enrich.alertLatency().samples());
        System.out.println();
        System.out.printf(Locale.ROOT, "throughput: %d articles of %.0f bytes (JSON) each, first send to last output read; "
                + "latency: %d articles with deals at %d/s, send to read (read_committed)%n", w.throughput.size(),
                mbPerArticle * MB, w.latency.size(), o.rate());
        System.out.printf(Locale.ROOT, "enrich / pass-through throughput: %.2f%n", enrich.perSecond() / pass.perSecond());
        System.out.printf(Locale.ROOT, "alerts in the throughput phase: %d (expected %d)%n", enrich.throughputAlerts(),
                w.throughput.expectedAlerts);
        if (!pass.complete() || !enrich.complete()) {
            System.out.println("INCOMPLETE: a phase timed out or an alert is missing (see above).");
        }
    }

    private static void row(String app, String measured, Result r, LatencySummary latency, double mbPerArticle) {
        System.out.printf(Locale.ROOT, "| %-14s | %-21s | %17.0f | %7.1f | %13.0f | %8d | %8d | %8d | %7d |%n", app, measured,
                r.perSecond(), r.perSecond() * mbPerArticle, r.producePerSecond(), latency.p50(), latency.p99(),
                latency.max(), latency.samples());
    }

    private static void awaitRunning(EnrichRunner runner, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (runner.state() != KafkaStreams.State.RUNNING) {
            KafkaStreams.State state = runner.state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                    || state == KafkaStreams.State.NOT_RUNNING) {
                throw new IllegalStateException("the Streams application stopped while starting: " + state);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Streams application is not running after " + timeout.toSeconds()
                        + " s (state " + state + ")");
            }
            TimeUnit.MILLISECONDS.sleep(10);
        }
    }

    private static void createTopic(KafkaClients clients, Topic<?, ?> topic, short replication)
            throws InterruptedException, ExecutionException, TimeoutException {
        try (Admin admin = Admin.create(clients.admin("bench-admin"))) {
            admin.createTopics(List.of(new NewTopic(topic.name(), topic.partitions(), replication).configs(topic.configs())))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** One phase: when sending started and ended, when the last output was read, what arrived. */
    private record Phase(long startNanos, long sentNanos, long outputDoneNanos, int outputs, LatencySummary outLatency,
                         int alerts, LatencySummary alertLatency, boolean complete) {

        /** Articles per second from the first send to the read of the last output; 0 when it never completed. */
        double outputPerSecond(int articles) {
            return outputDoneNanos == 0 ? 0 : articles / seconds(outputDoneNanos - startNanos);
        }
    }

    /** What one application achieved. {@code alertLatency} is null for the pass-through. */
    private record Result(String name, double perSecond, double producePerSecond, LatencySummary outLatency,
                          LatencySummary alertLatency, int throughputAlerts, boolean complete) {
    }

    /** Serialised articles of one phase, with the alerts they must raise and their total size. */
    private static final class Batch {

        private final List<Article> articles;
        private final byte[][] keys;
        private final byte[][] values;
        private int expectedAlerts;
        private long bytes;

        Batch(List<Article> articles, Topic<String, Article> topic) {
            this.articles = List.copyOf(articles);
            keys = new byte[articles.size()][];
            values = new byte[articles.size()][];
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                keys[i] = topic.keySerde().serializer().serialize(topic.name(), a.id());
                values[i] = topic.valueSerde().serializer().serialize(topic.name(), a);
                bytes += values[i].length;
            }
        }

        int size() {
            return keys.length;
        }
    }

    /** The articles of the three phases. */
    private static final class Workload {

        private final Batch warmup;
        private final Batch throughput;
        private final Batch latency;

        private Workload(Batch warmup, Batch throughput, Batch latency) {
            this.warmup = warmup;
            this.throughput = throughput;
            this.latency = latency;
        }

        static Workload build(NewsCorpus corpus, List<Entity> entities, Options o) {
            List<String> targets = entities.stream()
                    .filter(SyntheticEntities::isSynthetic)
                    .filter(e -> "company".equals(e.type()))
                    .map(Entity::name)
                    .toList();
            int latencyCount = o.rate() * o.latencySeconds();
            int needed = o.warmup() / DEAL_EVERY + o.articles() / DEAL_EVERY + latencyCount + 2;
            if (needed > targets.size()) {
                throw new IllegalArgumentException("the run needs " + needed + " distinct deal targets but there are "
                        + targets.size() + " synthetic companies: lower --articles, --rate or --latency-seconds");
            }
            Topic<String, Article> topic = Topics.defaults().articles;
            int[] next = {0};
            return new Workload(
                    new Batch(mixed(corpus, "warmup", o.warmup(), targets, next), topic),
                    new Batch(mixed(corpus, "throughput", o.articles(), targets, next), topic),
                    new Batch(deals(corpus, latencyCount, targets, next), topic));
        }

        private static List<Article> mixed(NewsCorpus corpus, String tag, int count, List<String> targets, int[] next) {
            List<Article> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                // Deals rotate through the languages too: the language index moves on by one every ten articles.
                String language = NewsCorpus.LANGUAGES.get((i + i / DEAL_EVERY) % NewsCorpus.LANGUAGES.size());
                out.add(i % DEAL_EVERY == 0
                        ? corpus.deal(tag, i, language, targets.get(next[0]++), ARTICLE_BYTES)
                        : corpus.ordinary(tag, i, language, ARTICLE_BYTES));
            }
            return out;
        }

        private static List<Article> deals(NewsCorpus corpus, int count, List<String> targets, int[] next) {
            List<Article> out = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String language = NewsCorpus.LANGUAGES.get(i % NewsCorpus.LANGUAGES.size());
                out.add(corpus.deal("latency", i, language, targets.get(next[0]++), ARTICLE_BYTES));
            }
            return out;
        }

        /** Enriches every article once in process and counts the alerts each phase must raise. */
        void precheck(ArticleEnricher enricher, EntityLinker linker, BigDecimal floor) {
            for (Batch batch : List.of(warmup, throughput, latency)) {
                batch.expectedAlerts = batch.articles.parallelStream()
                        .mapToInt(a -> alertingParties(enricher.enrich(a, linker, linker::entity), floor))
                        .sum();
            }
        }

        /** Distinct parties of the article's deals that are news (not background) and at or above the floor. */
        private static int alertingParties(EnrichedArticle article, BigDecimal floor) {
            Set<String> parties = new HashSet<>();
            for (Deal deal : article.deals()) {
                String party = DealReport.partyKey(deal);
                if (party != null && deal.stage() != DealStage.BACKGROUND && deal.amountUsd() != null
                        && deal.amountUsd().compareTo(floor) >= 0) {
                    parties.add(party);
                }
            }
            return parties.size();
        }

        void describe() {
            System.out.printf(Locale.ROOT, "workload: warm-up %d, throughput %d (%.1f MB, %.0f bytes per record), "
                    + "latency %d; alerts expected %d / %d / %d%n", warmup.size(), throughput.size(), throughput.bytes / MB,
                    throughput.bytes / (double) throughput.size(), latency.size(), warmup.expectedAlerts,
                    throughput.expectedAlerts, latency.expectedAlerts);
        }
    }

    /** An idempotent, acks=all producer of pre-serialised articles, stamped with the wall clock at send. */
    private static final class Sender implements AutoCloseable {

        private final KafkaProducer<byte[], byte[]> producer;
        private final String topic;
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final AtomicLong acked = new AtomicLong();

        Sender(KafkaClients clients, String name, String topic) {
            this.producer = new KafkaProducer<>(clients.producer("bench-producer-" + name, null), new ByteArraySerializer(),
                    new ByteArraySerializer());
            this.topic = topic;
        }

        void sendAll(Batch batch) {
            for (int i = 0; i < batch.size(); i++) {
                send(batch, i);
            }
            flush();
        }

        /** Sends at {@code perSecond}, each record at its slot on a fixed schedule (no catching up in bursts). */
        void sendPaced(Batch batch, int perSecond) {
            FixedRate schedule = new FixedRate(perSecond);
            for (int i = 0; i < batch.size(); i++) {
                schedule.awaitNext();
                send(batch, i);
            }
            flush();
        }

        private void send(Batch batch, int i) {
            producer.send(new ProducerRecord<>(topic, null, System.currentTimeMillis(), batch.keys[i], batch.values[i]),
                    (metadata, e) -> {
                        if (e != null) {
                            failure.compareAndSet(null, e);
                        } else {
                            acked.incrementAndGet();
                        }
                    });
        }

        private void flush() {
            producer.flush();
            if (failure.get() != null) {
                throw new IllegalStateException("a send to " + topic + " failed after " + acked.get() + " acks",
                        failure.get());
            }
        }

        @Override
        public void close() {
            producer.close(Duration.ofSeconds(10));
        }
    }

    /** Command-line options of the benchmark. */
    private record Options(int articles, int rate, int latencySeconds, int warmup, int timeoutSeconds, Path configDir) {

        static Options parse(String[] args) {
            BenchOptions o = BenchOptions.parse(args, "--articles", "20000", "--rate", "200", "--latency-seconds", "20",
                    "--warmup", "2000", "--timeout-seconds", "300", "--config", "config");
            return new Options(o.positiveInt("--articles"), o.positiveInt("--rate"), o.positiveInt("--latency-seconds"),
                    o.positiveInt("--warmup"), o.positiveInt("--timeout-seconds"), o.path("--config"));
        }
    }
}

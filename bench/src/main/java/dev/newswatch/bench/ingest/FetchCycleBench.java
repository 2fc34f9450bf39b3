package dev.newswatch.bench.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.app.wiring.IngestWiring;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.bench.harness.CpuTime;
import dev.newswatch.bench.harness.WorkDir;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topic;
import dev.newswatch.core.topic.Topics;
import dev.newswatch.ingest.FeedRegistry;
import dev.newswatch.ingest.IngestService;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Benchmark of two ingest cycles over many local feeds, through the production wiring
 * ({@link IngestWiring#service}) on the embedded broker. Not a test: run it with {@code bench/fetch-cycle.sh}.
 *
 * <p>It serves {@code --feeds} distinct RSS documents of {@code --items} items each from an HTTP server on
 * 127.0.0.1 that honours {@code If-None-Match}, and measures:
 * <ol>
 *   <li>cycle 1: every feed answers 200; wall time from {@link IngestService#start()} until every feed's
 *       first status is committed (read back with read_committed), and articles committed per second;</li>
 *   <li>cycle 2: the injected clock jumps past the poll interval, every feed is due at once and answers
 *       304; wall time until every feed's not-modified status is committed.</li>
 * </ol>
 * The poll interval is one hour with no jitter, so each feed is polled exactly once per cycle. All feeds share
 * the host 127.0.0.1, so host concurrency is set to the number of fetch threads and the host gap to zero.
 * Prints a table on standard output; logs go to standard error.
 */
public final class FetchCycleBench {

    private static final Duration POLL_INTERVAL = Duration.ofHours(1);
    private static final int MAX_HOST_CONCURRENCY = 64;

    private FetchCycleBench() {
    }

    /**
     * Options: {@code --feeds N} (1000), {@code --items N} (20), {@code --threads N} (fetch threads and host
     * concurrency, 8), {@code --server-threads N} (4), {@code --timeout-seconds N} per cycle (600).
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        WorkDir.runAndExit("newswatch-bench-", work -> run(options, work));
    }

    private static int run(Options o, Path work) throws Exception {
        System.out.printf(Locale.ROOT, "fetch-cycle benchmark: %d feeds x %d items, %d fetch threads, %d server threads, "
                + "%d cores, load average %.1f%n", o.feeds, o.items, o.threads, o.serverThreads,
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (FeedFarm farm = new FeedFarm(o.feeds, o.items, o.serverThreads);
             EmbeddedBroker broker = new EmbeddedBroker(work.resolve("kafka"), 0).start()) {
            NewswatchConfig config = ConfigLoader.load(writeConfig(work.resolve("config"), work.resolve("data"), farm, o));
            KafkaClients clients = KafkaClients.of(config.kafka(), broker.bootstrapServers());
            TopicAdmin.ensureTopics(clients.admin("bench-admin"), config.topics(), (short) 1);

            long seedStart = System.nanoTime();
            int seeded = new FeedRegistry(config.topics(), clients).seed(config.feeds());
            double seedSeconds = seconds(System.nanoTime() - seedStart);

            OffsetClock clock = new OffsetClock(Clock.systemUTC());
            try (StatusWatcher watcher = new StatusWatcher(clients, config.topics(), o.feeds);
                 IngestService service = IngestWiring.service(config, clients, "bench", clock)) {
                long start1 = System.nanoTime();
                long cpuStart1 = CpuTime.processNanos();
                service.start();
                boolean done1 = watcher.awaitAll(FeedStatus.OK, Duration.ofSeconds(o.timeoutSeconds));
                long end1 = watcher.completedAt(FeedStatus.OK);
                long cpu1 = CpuTime.processNanos() - cpuStart1;
                int articles1 = service.articlesProduced();
                long requests200 = farm.ok.get();
                long firstRequest = farm.firstRequestNanos.get();

                farm.resetCounters();
                clock.advance(POLL_INTERVAL.plusMinutes(1));
                long start2 = System.nanoTime();
                long cpuStart2 = CpuTime.processNanos();
                boolean done2 = watcher.awaitAll(FeedStatus.NOT_MODIFIED, Duration.ofSeconds(o.timeoutSeconds));
                long end2 = watcher.completedAt(FeedStatus.NOT_MODIFIED);
                long cpu2 = CpuTime.processNanos() - cpuStart2;
                int articles2 = service.articlesProduced() - articles1;

                System.out.printf(Locale.ROOT, "seeded %d feeds into the feeds topic in %.2f s (FeedRegistry.seed)%n",
                        seeded, seedSeconds);
                System.out.printf(Locale.ROOT, "cycle 1: first request %.2f s after start%n", seconds(firstRequest - start1));
                System.out.println();
                System.out.printf(Locale.ROOT, "| %-22s | %6s | %8s | %8s | %6s | %8s | %7s | %8s | %8s | %7s |%n",
                        "cycle", "feeds", "HTTP 200", "HTTP 304", "failed", "articles", "txns ~", "wall s", "feeds/s",
                        "CPU s");
                System.out.println("|------------------------|--------|----------|----------|--------|----------|---------|"
                        + "----------|----------|---------|");
                row("1: all 200 (new items)", watcher.count(FeedStatus.OK), requests200, 0, watcher.failed(), articles1,
                        watcher.transactions(FeedStatus.OK), done1 ? end1 - start1 : -1, cpu1);
                row("2: all 304", watcher.count(FeedStatus.NOT_MODIFIED), farm.ok.get(), farm.notModified.get(),
                        watcher.failed(), articles2, watcher.transactions(FeedStatus.NOT_MODIFIED),
                        done2 ? end2 - start2 : -1, cpu2);
                System.out.println("(txns ~: transactions, counted from commit markers in feed-status; CPU s: CPU time of "
                        + "this whole process, broker and HTTP server included, during the cycle)");
                System.out.println();
                if (done1) {
                    System.out.printf(Locale.ROOT, "cycle 1 articles committed per second: %.0f (expected %d articles)%n",
                            articles1 / seconds(end1 - start1), o.feeds * o.items);
                }
                boolean correct = done1 && done2 && articles1 == o.feeds * o.items && articles2 == 0;
                if (!correct) {
                    System.out.println("INCOMPLETE: a cycle timed out or the article count is wrong (see above).");
                    return 1;
                }
                return 0;
            }
        }
    }

    private static void row(String name, int feeds, long ok, long notModified, int failed, int articles,
                            int transactions, long nanos, long cpuNanos) {
        String wall = nanos < 0 ? "timeout" : String.format(Locale.ROOT, "%.2f", seconds(nanos));
        String rate = nanos < 0 ? "-" : String.format(Locale.ROOT, "%.0f", feeds / seconds(nanos));
        System.out.printf(Locale.ROOT, "| %-22s | %6d | %8d | %8d | %6d | %8d | %7d | %8s | %8s | %7.2f |%n", name, feeds,
                ok, notModified, failed, articles, transactions, wall, rate, seconds(cpuNanos));
    }

    private static Path writeConfig(Path dir, Path dataDir, FeedFarm farm, Options o) throws IOException {
        Files.createDirectories(dir);
        int concurrency = Math.min(o.threads, MAX_HOST_CONCURRENCY);
        Files.writeString(dir.resolve(ConfigLoader.MAIN_FILE), String.join("\n",
                "data-dir: \"" + dataDir + "\"",
                "kafka:",
                "  topic-prefix: bench.",
                "  partitions: {feeds: 3, articles: 3}",
                "ingest:",
                "  default-interval: " + POLL_INTERVAL.toMinutes() + "m",
                "  min-interval: 1m",
                "  jitter: 0",
                "  max-backoff: 1h",
                "  host-concurrency: " + concurrency,
                "  host-min-gap: 0ms",
                "  fetch-threads: " + o.threads,
                "  total-deadline: 30s",
                "network:",
                "  allow: [127.0.0.0/8]",
                ""));
        StringBuilder feeds = new StringBuilder("feeds:\n");
        for (int i = 0; i < o.feeds; i++) {
            feeds.append(String.format(Locale.ROOT, "  - {id: bench-%05d, url: \"%s\", name: \"Bench feed %d\", language: en}%n",
                    i, farm.url(i), i));
        }
        Files.writeString(dir.resolve(ConfigLoader.FEEDS_FILE), feeds.toString());
        return dir;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    /** Command-line options of the benchmark. */
    private record Options(int feeds, int items, int threads, int serverThreads, int timeoutSeconds) {

        static Options parse(String[] args) {
            BenchOptions o = BenchOptions.parse(args, "--feeds", "1000", "--items", "20", "--threads", "8",
                    "--server-threads", "4", "--timeout-seconds", "600");
            return new Options(o.positiveInt("--feeds"), o.positiveInt("--items"), o.positiveInt("--threads"),
                    o.positiveInt("--server-threads"), o.positiveInt("--timeout-seconds"));
        }
    }

    /**
     * {@code /feed/N.xml} on 127.0.0.1: feed N's RSS document, rendered once, with a strong ETag; a request
     * carrying that ETag in {@code If-None-Match} gets 304 and no body.
     */
    private static final class FeedFarm implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService executor;
        private final byte[][] bodies;
        private final String[] etags;
        private final AtomicLong ok = new AtomicLong();
        private final AtomicLong notModified = new AtomicLong();
        private final AtomicLong firstRequestNanos = new AtomicLong();

        FeedFarm(int feeds, int items, int threads) throws IOException {
            bodies = new byte[feeds][];
            etags = new String[feeds];
            for (int i = 0; i < feeds; i++) {
                bodies[i] = rss(i, items).getBytes(StandardCharsets.UTF_8);
                etags[i] = "\"bench-" + i + "-v1\"";
            }
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
            server.createContext("/feed/", this::handle);
            executor = Executors.newFixedThreadPool(threads);
            server.setExecutor(executor);
            server.start();
        }

        String url(int feed) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/feed/" + feed + ".xml";
        }

        void resetCounters() {
            ok.set(0);
            notModified.set(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            firstRequestNanos.compareAndSet(0, System.nanoTime());
            try {
                String name = exchange.getRequestURI().getPath().substring("/feed/".length());
                int feed;
                try {
                    feed = Integer.parseInt(name.replace(".xml", ""));
                } catch (NumberFormatException e) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                if (feed < 0 || feed >= bodies.length) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().add("ETag", etags[feed]);
                if (etags[feed].equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    notModified.incrementAndGet();
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                ok.incrementAndGet();
                exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
                exchange.sendResponseHeaders(200, bodies[feed].length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bodies[feed]);
                }
            } finally {
                exchange.close();
            }
        }

        /** A realistic item: a headline with a deal in it, a two-sentence summary, a link and a date. */
        private static String rss(int feed, int items) {
            StringBuilder sb = new StringBuilder(600 * items)
                    .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>")
                    .append("<title>Bench feed ").append(feed).append("</title>")
                    .append("<link>https://bench.example/feed").append(feed).append("/</link>")
                    .append("<description>Synthetic feed for the ingest benchmark.</description>");
            Instant base = Instant.parse("2026-03-02T08:00:00Z");
            for (int item = items; item >= 1; item--) {
                int company = (feed * 31 + item) % 97;
                sb.append("<item><title>Company ").append(company).append(" raises $").append(item * 5)
                        .append(" million in a round led by Fund ").append(feed % 13).append("</title>")
                        .append("<link>https://bench.example/feed").append(feed).append("/story-").append(item)
                        .append("</link>")
                        .append("<guid isPermaLink=\"false\">bench-").append(feed).append('-').append(item).append("</guid>")
                        .append("<description>&lt;p&gt;Company ").append(company)
                        .append(" said on Monday it had raised $").append(item * 5)
                        .append(" million. The money will fund hiring and new data centres in Europe and the United "
                                + "States, the chief executive said.&lt;/p&gt;</description>")
                        .append("<pubDate>").append(DateTimeFormatter.RFC_1123_DATE_TIME
                                .format(base.plusSeconds(60L * item).atOffset(ZoneOffset.UTC))).append("</pubDate>")
                        .append("</item>");
            }
            return sb.append("</channel></rss>").toString();
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    /**
     * Reads the feed-status topic with read_committed on its own thread and records, per outcome, which feeds
     * have reported it and when the last of them did.
     */
    private static final class StatusWatcher implements AutoCloseable {

        private final int feeds;
        private final KafkaConsumer<String, FeedStatus> consumer;
        private final Thread thread;
        private final Set<String> ok = new HashSet<>();
        private final Set<String> notModified = new HashSet<>();
        private final AtomicLong okCompleteNanos = new AtomicLong();
        private final AtomicLong notModifiedCompleteNanos = new AtomicLong();
        private final AtomicLong failures = new AtomicLong();
        private final AtomicReference<RuntimeException> error = new AtomicReference<>();
        private final Map<Integer, Long> lastOffsets = new HashMap<>();
        private final Map<Integer, Integer> okTransactions = new HashMap<>();
        private final Map<Integer, Integer> notModifiedTransactions = new HashMap<>();
        private volatile boolean running = true;

        StatusWatcher(KafkaClients clients, Topics topics, int feeds) {
            this.feeds = feeds;
            Topic<String, FeedStatus> topic = topics.feedStatus;
            consumer = new KafkaConsumer<>(clients.consumer("bench-status-watcher", null),
                    topic.keySerde().deserializer(), topic.valueSerde().deserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo p : consumer.partitionsFor(topic.name(), Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic.name(), p.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread = new Thread(this::loop, "bench-status-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            try {
                while (running) {
                    for (ConsumerRecord<String, FeedStatus> record : consumer.poll(Duration.ofMillis(20))) {
                        record(record);
                    }
                }
            } catch (RuntimeException e) {
                error.set(e);
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        private synchronized void record(ConsumerRecord<String, FeedStatus> record) {
            FeedStatus status = record.value();
            // A read_committed reader skips the commit marker each transaction leaves in every partition it
            // wrote: a gap in the offsets is one transaction.
            Long last = lastOffsets.put(record.partition(), record.offset());
            if (last != null && record.offset() > last + 1) {
                if (FeedStatus.OK.equals(status.outcome())) {
                    okTransactions.merge(record.partition(), 1, Integer::sum);
                } else {
                    notModifiedTransactions.merge(record.partition(), 1, Integer::sum);
                }
            }
            if (status.failed()) {
                failures.incrementAndGet();
            } else if (FeedStatus.OK.equals(status.outcome())) {
                if (ok.add(status.feedId()) && ok.size() == feeds) {
                    okCompleteNanos.set(System.nanoTime());
                }
            } else if (notModified.add(status.feedId()) && notModified.size() == feeds) {
                notModifiedCompleteNanos.set(System.nanoTime());
            }
        }

        /** Waits until every feed has reported {@code outcome}; false on timeout. */
        boolean awaitAll(String outcome, Duration timeout) throws InterruptedException {
            LongSupplier done = () -> completedAt(outcome);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (done.getAsLong() == 0) {
                if (error.get() != null) {
                    throw new IllegalStateException("the status watcher failed", error.get());
                }
                if (System.nanoTime() > deadline) {
                    System.out.printf(Locale.ROOT, "timed out waiting for %s: %d of %d feeds%n", outcome, count(outcome), feeds);
                    return false;
                }
                TimeUnit.MILLISECONDS.sleep(10);
            }
            return true;
        }

        long completedAt(String outcome) {
            return FeedStatus.OK.equals(outcome) ? okCompleteNanos.get() : notModifiedCompleteNanos.get();
        }

        synchronized int count(String outcome) {
            return FeedStatus.OK.equals(outcome) ? ok.size() : notModified.size();
        }

        /** Transactions that wrote statuses with {@code outcome}, estimated from commit-marker gaps (busiest partition). */
        synchronized int transactions(String outcome) {
            Map<Integer, Integer> counts = FeedStatus.OK.equals(outcome) ? okTransactions : notModifiedTransactions;
            return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }

        int failed() {
            return (int) failures.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }

    /** The system clock plus an offset that the benchmark moves forward to make every feed due at once. */
    private static final class OffsetClock extends Clock {

        private final Clock base;
        private final AtomicReference<Duration> offset;

        OffsetClock(Clock base) {
            this(base, new AtomicReference<>(Duration.ZERO));
        }

        private OffsetClock(Clock base, AtomicReference<Duration> offset) {
            this.base = base;
            this.offset = offset;
        }

        void advance(Duration by) {
            offset.updateAndGet(d -> d.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new OffsetClock(base.withZone(zone), offset);
        }

        @Override
        public Instant instant() {
            return base.instant().plus(offset.get());
        }
    }
}

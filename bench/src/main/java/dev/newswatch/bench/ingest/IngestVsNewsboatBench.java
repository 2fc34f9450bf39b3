package dev.newswatch.bench.ingest;

import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.bench.harness.CpuTime;
import dev.newswatch.bench.harness.WorkDir;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.FeedStatus;
import dev.newswatch.core.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Newswatch's ingest side by side with newsboat, in one run, against the same feeds served the same way. Not a test:
 * run it with {@code bench/ingest-vs-newsboat.sh}.
 *
 * <p>{@link LoopbackFeedFarm} serves {@code --feeds} RSS feeds of {@code --items} items (about 14 KB for 20) from
 * {@code --hosts} loopback addresses, every request delayed {@code --delay-ms}, with ETag and Last-Modified. Then:
 * <ol>
 *   <li>cycle 1, every feed new: {@code newsboat -x reload} with each of {@code --newsboat-threads} reload threads,
 *       each with a fresh cache (fetch, parse, store in SQLite); {@code newswatch fetch --summary --threads N} (fetch
 *       and parse, no Kafka); {@code newswatch ingest} against an embedded broker in this process, timed from the
 *       process start until a read_committed reader of the articles topic has seen feeds x items articles;</li>
 *   <li>cycle 2, every feed unchanged: each newsboat cache reloaded again, and {@code newswatch ingest} started
 *       again once every feed is due ({@link #REVISIT} after its first poll; it resumes from its checkpoints),
 *       timed until every feed's not-modified status is committed.</li>
 * </ol>
 * Newswatch runs as users run it, through {@code bin/newswatch} (its Java options, and its class-data archives: with
 * {@code --warm-up yes}, the default, an untimed run of each command comes first and writes them).
 * Wall time, CPU time of the program (user + system, from /proc; for ingest, sampled at its last commit), articles,
 * HTTP answers, and the ratio to newsboat's best setting in the same cycle. This process (feed servers, broker,
 * reader) runs beside every program measured; its CPU is a column of its own. Prints a table and one JSON line per
 * run on standard output; the programs' logs stay in the working directory unless a run fails.
 */
public final class IngestVsNewsboatBench {

    /** Poll interval of the ingest run: long enough for cycle 1 to end first, short enough not to wait long. */
    private static final Duration REVISIT = Duration.ofSeconds(60);
    private static final Pattern ITEMS = Pattern.compile("\"items\":(\\d+)");
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");
    /** How newswatch is run: the launcher users run, with its Java options and class-data archives. */
    private static final String NEWSWATCH_SCRIPT = Path.of("bin", "newswatch").toAbsolutePath().toString();

    private final Options o;
    private final Path work;
    private final Path root = Path.of("").toAbsolutePath();
    private final List<Run> runs = new ArrayList<>();

    private IngestVsNewsboatBench(Options o, Path work) {
        this.o = o;
        this.work = work;
    }

    /**
     * Options: {@code --feeds N} (1000), {@code --items N} (20), {@code --hosts N} (50), {@code --delay-ms N} (100),
     * {@code --newsboat-threads LIST} (8,32,64), {@code --threads N} (fetch and ingest threads, 32),
     * {@code --requests-in-flight N} (ingest's {@code ingest.requests-in-flight}, 256 as shipped),
     * {@code --timeout-seconds N} per run (600), {@code --newsboat PATH} (newsboat), {@code --newswatch-jar PATH}
     * (app/target/newswatch.jar, run through bin/newswatch), {@code --warm-up yes|no} (yes: an untimed first run of
     * {@code fetch} and of {@code ingest} on 20 feeds and topics of its own, which writes bin/newswatch's class-data
     * archives as a user's first run after a build does; no: the timed runs are first runs). Java options of the
     * newswatch processes: {@code BENCH_NEWSWATCH_JAVA_OPTS} (default: bin/newswatch's own).
     */
    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        WorkDir.runAndExit("newswatch-vs-newsboat-", work -> new IngestVsNewsboatBench(options, work).run());
    }

    private int run() throws Exception {
        int expected = o.feeds * o.items;
        try (LoopbackFeedFarm farm = new LoopbackFeedFarm(o.feeds, o.items, o.hosts, o.delayMs)) {
            System.out.printf(Locale.ROOT, "ingest-vs-newsboat: %s, %d items each (%,d bytes per document), %s, "
                            + "%d cores, load average %s, %s%n", farm, o.items, farm.meanBytes(), newsboatVersion(),
                    Runtime.getRuntime().availableProcessors(), load(), Instant.now());
            Path urls = work.resolve("urls");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < o.feeds; i++) {
                lines.add(farm.url(i));
            }
            Files.write(urls, lines);
            Path configDir = writeConfig(farm, "config", "bench.", o.feeds);
            Path warmUpUrls = work.resolve("warm-up-urls");
            Files.write(warmUpUrls, lines.subList(0, warmUpFeeds()));

            for (int threads : o.newsboatThreads) {
                newsboat(farm, urls, threads, 1, expected);
            }
            if (o.warmUp) {
                warmUp(farm, fetchCommand(warmUpUrls), work.resolve("warm-up-fetch"), Optional.empty());
            }
            fetch(farm, urls, expected);
            try (EmbeddedBroker broker = new EmbeddedBroker(work.resolve("kafka"), 0).start()) {
                NewswatchConfig config = ConfigLoader.load(configDir);
                KafkaClients clients = KafkaClients.of(config.kafka(), broker.bootstrapServers());
                TopicAdmin.ensureTopics(clients.admin("bench-admin"), config.topics(), (short) 1);
                int port = Integer.parseInt(broker.bootstrapServers().substring(broker.bootstrapServers().lastIndexOf(':') + 1));
                if (o.warmUp) {
                    // Its own topics and feeds: the timed cycles start from empty topics.
                    Path warmUpConfig = writeConfig(farm, "warm-up-config", "warm-up.", warmUpFeeds());
                    Topics warmUpTopics = ConfigLoader.load(warmUpConfig).topics();
                    TopicAdmin.ensureTopics(clients.admin("bench-admin"), warmUpTopics, (short) 1);
                    try (IngestWatcher warmUpWatcher = new IngestWatcher(clients, warmUpTopics)) {
                        warmUpWatcher.expectArticles((long) warmUpFeeds() * o.items);
                        warmUp(farm, ingestCommand(warmUpConfig, port), work.resolve("warm-up-ingest"),
                                Optional.of(warmUpWatcher));
                    }
                }
                try (IngestWatcher watcher = new IngestWatcher(clients, config.topics())) {
                    long due = ingest(farm, configDir, port, watcher, 1, expected);
                    for (int threads : o.newsboatThreads) {
                        newsboat(farm, urls, threads, 2, 0);
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        System.err.printf(Locale.ROOT, "waiting %.0f s until every feed is due again%n", wait / 1e9);
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    ingest(farm, configDir, port, watcher, 2, 0);
                    long total = watcher.articles();
                    if (total != expected) {
                        System.out.printf(Locale.ROOT, "newswatch ingest committed %d articles over both cycles, expected "
                                + "%d exactly once%n", total, expected);
                        runs.replaceAll(r -> r.program.equals("newswatch ingest") ? r.incomplete() : r);
                    }
                }
            }
        }
        print(expected);
        return runs.stream().allMatch(r -> r.complete) ? 0 : 1;
    }

    private void newsboat(LoopbackFeedFarm farm, Path urls, int threads, int cycle, int expected) throws Exception {
        Path dir = work.resolve("newsboat-" + threads);
        Files.createDirectories(dir);
        Path config = dir.resolve("config");
        Files.writeString(config, "reload-threads " + threads + "\n");
        List<String> base = List.of(o.newsboat, "-u", urls.toString(), "-c", dir.resolve("cache.db").toString(),
                "-C", config.toString());
        long before = cycle == 1 ? 0 : unread(base, dir);
        List<String> reload = new ArrayList<>(base);
        reload.addAll(List.of("-x", "reload"));
        Measured m = measure(farm, reload, dir.resolve("reload-" + cycle), Optional.empty());
        long articles = unread(base, dir) - before;
        record(new Run(cycle, "newsboat", threads + " reload threads", m, articles, expected,
                m.exitCode == 0 && articles == expected, ""));
    }

    private long unread(List<String> base, Path dir) throws Exception {
        List<String> command = new ArrayList<>(base);
        command.addAll(List.of("-x", "print-unread"));
        Path out = dir.resolve("unread.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(dir.resolve("unread.err").toFile())
                .start();
        if (!p.waitFor(o.timeoutSeconds, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            return -1;
        }
        Matcher m = FIRST_NUMBER.matcher(Files.readString(out));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Feeds of the untimed warm-up runs. */
    private int warmUpFeeds() {
        return Math.min(20, o.feeds);
    }

    /**
     * An untimed first run of a newswatch command after the build, which writes bin/newswatch's class-data archive
     * of that command as a user's first run does (the timed runs map it); with a watcher, until its goal is reached.
     */
    private void warmUp(LoopbackFeedFarm farm, List<String> command, Path logs, Optional<IngestWatcher> watcher)
            throws Exception {
        Measured m = measure(farm, command, logs, watcher);
        System.err.printf(Locale.ROOT, "warm-up run of newswatch %s (not timed): %.2f s%n", command.get(1),
                m.wallNanos / 1e9);
        if (watcher.isPresent() ? !m.reached : m.exitCode != 0) {
            throw new IllegalStateException("the warm-up run " + command + " failed; see " + logs + ".err");
        }
    }

    private List<String> fetchCommand(Path urls) {
        return newswatch("fetch", "--summary", "--threads", String.valueOf(o.threads),
                "--allow-network", "127.0.0.0/8", "--config", work.resolve("config").toString(),
                "--inputs-from", urls.toString());
    }

    private List<String> ingestCommand(Path configDir, int port) {
        return newswatch("ingest", "--config", configDir.toString(), "--port", String.valueOf(port),
                "--instance-id", "bench");
    }

    private void fetch(LoopbackFeedFarm farm, Path urls, int expected) throws Exception {
        List<String> command = fetchCommand(urls);
        Path logs = work.resolve("fetch");
        Measured m = measure(farm, command, logs, Optional.empty());
        long articles = 0;
        Matcher items = ITEMS.matcher(Files.readString(logs.resolveSibling("fetch.out")));
        while (items.find()) {
            articles += Long.parseLong(items.group(1));
        }
        record(new Run(1, "newswatch fetch", "--threads " + o.threads, m, articles, expected,
                m.exitCode == 0 && articles == expected, "fetch and parse, no Kafka"));
    }

    /**
     * One {@code newswatch ingest} process: cycle 1 until {@code expected} articles are committed, cycle 2 until every
     * feed's not-modified status is; then stops it. Returns when (on {@link System#nanoTime()}) every feed is due again.
     */
    private long ingest(LoopbackFeedFarm farm, Path configDir, int port, IngestWatcher watcher, int cycle, int expected)
            throws Exception {
        List<String> command = ingestCommand(configDir, port);
        long articlesBefore = watcher.articles();
        if (cycle == 1) {
            watcher.expectArticles(expected);
        } else {
            watcher.expectNotModified(o.feeds, System.currentTimeMillis());
        }
        Measured m = measure(farm, command, work.resolve("ingest-" + cycle), Optional.of(watcher));
        long articles = watcher.articles() - articlesBefore;
        String note = cycle == 1 ? "process start to last article committed" : "process start to last 304 status committed";
        String setting = "--threads " + o.threads + ", " + o.requestsInFlight + " in flight";
        record(new Run(cycle, "newswatch ingest", setting, m, articles, expected,
                m.reached && articles == expected, note));
        return System.nanoTime() + REVISIT.plusSeconds(2).toNanos();
    }

    /**
     * Runs {@code command} with the farm's counters reset. Without a watcher, until it exits; with one, until the
     * watcher's goal is reached, then the process is stopped (SIGTERM) and its CPU is the sample taken at the goal.
     */
    private Measured measure(LoopbackFeedFarm farm, List<String> command, Path logs, Optional<IngestWatcher> watcher)
            throws Exception {
        farm.reset();
        long benchCpu0 = CpuTime.processNanos();
        long childCpu0 = CpuTime.endedChildrenNanos();
        long start = System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (command.get(0).equals(NEWSWATCH_SCRIPT)) {
            builder.environment().put("NEWSWATCH_JAR", o.newswatchJar);
            String opts = System.getenv("BENCH_NEWSWATCH_JAVA_OPTS");
            if (opts != null && !opts.isBlank()) {
                builder.environment().put("NEWSWATCH_JAVA_OPTS", opts.strip());
            } else {
                builder.environment().remove("NEWSWATCH_JAVA_OPTS");
            }
        }
        Process p = builder.directory(root.toFile())
                .redirectOutput(logs.resolveSibling(logs.getFileName() + ".out").toFile())
                .redirectError(logs.resolveSibling(logs.getFileName() + ".err").toFile()).start();
        long end;
        long cpu;
        int exitCode;
        boolean reached = false;
        long deadline = start + TimeUnit.SECONDS.toNanos(o.timeoutSeconds);
        if (watcher.isEmpty()) {
            boolean exited = p.waitFor(o.timeoutSeconds, TimeUnit.SECONDS);
            end = System.nanoTime();
            if (!exited) {
                p.destroyForcibly().waitFor();
            }
            exitCode = exited ? p.exitValue() : -1;
            cpu = CpuTime.endedChildrenNanos() - childCpu0;
        } else {
            long lastCpu = 0;
            while (!watcher.get().reached() && p.isAlive() && System.nanoTime() < deadline) {
                lastCpu = cpuOf(p, lastCpu);
                TimeUnit.MILLISECONDS.sleep(5);
            }
            reached = watcher.get().reached();
            cpu = cpuOf(p, lastCpu);
            end = reached ? watcher.get().reachedAt() : System.nanoTime();
            p.destroy();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            exitCode = p.exitValue();
        }
        long benchCpu = CpuTime.processNanos() - benchCpu0;
        LoopbackFeedFarm.Counts counts = farm.counts();
        boolean ok = watcher.isPresent() ? reached : exitCode == 0;
        if (!ok) {
            System.err.printf(Locale.ROOT, "%s did not finish (exit %d); the end of its standard error:%n", command, exitCode);
            List<String> err = Files.readAllLines(logs.resolveSibling(logs.getFileName() + ".err"), StandardCharsets.UTF_8);
            err.subList(Math.max(0, err.size() - 20), err.size()).forEach(System.err::println);
        }
        return new Measured(end - start, cpu, benchCpu, counts, counts.firstRequestNanos() == 0 ? -1
                : counts.firstRequestNanos() - start, exitCode, reached, load());
    }

    /** The CPU time of a running process, or {@code last} once it has ended (its /proc entry is gone). */
    private static long cpuOf(Process p, long last) {
        try {
            return p.isAlive() ? CpuTime.processNanos(p.pid()) : last;
        } catch (UncheckedIOException e) {
            return last;
        }
    }

    /** {@code bin/newswatch ARGS} on the benchmark's copy of the jar, as a user runs it (its Java options included). */
    private List<String> newswatch(String... args) {
        List<String> command = new ArrayList<>();
        command.add(NEWSWATCH_SCRIPT);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** A configuration directory {@code name} of the first {@code feeds} feeds of the farm, on topics {@code prefix}. */
    private Path writeConfig(LoopbackFeedFarm farm, String name, String prefix, int feedCount) throws IOException {
        Path dir = work.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ConfigLoader.MAIN_FILE), String.join("\n",
                "data-dir: \"" + work.resolve(name + "-data") + "\"",
                "kafka:",
                "  topic-prefix: " + prefix,
                "ingest:",
                "  default-interval: " + REVISIT.toSeconds() + "s",
                "  min-interval: 1s",
                "  jitter: 0",
                // Politeness off, as newsboat has none: the threads and requests in flight are the only limits.
                "  host-concurrency: " + Math.min(Math.max(o.threads, o.requestsInFlight), 64),
                "  host-min-gap: 0ms",
                "  fetch-threads: " + o.threads,
                "  requests-in-flight: " + o.requestsInFlight,
                "network:",
                "  allow: [127.0.0.0/8]",
                "http:",
                // The dashboard as a user has it, on any free port: another process may hold 8089.
                "  port: 0",
                ""));
        StringBuilder feeds = new StringBuilder("feeds:\n");
        for (int i = 0; i < feedCount; i++) {
            // No article pages: newsboat reads only the feed, and the farm serves no pages.
            feeds.append(String.format(Locale.ROOT,
                    "  - {id: farm-%05d, url: \"%s\", name: \"Loopback feed %d\", language: en, full-text: never}%n",
                    i, farm.url(i), i));
        }
        Files.writeString(dir.resolve(ConfigLoader.FEEDS_FILE), feeds.toString());
        return dir;
    }

    private String newsboatVersion() {
        try {
            Process p = new ProcessBuilder(o.newsboat, "--version").redirectErrorStream(true).start();
            String first = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
            p.waitFor();
            return first.replaceAll(" - https?://\\S+", "");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("newsboat does not run (" + o.newsboat + "): " + e.getMessage(), e);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "-";
        }
    }

    private void record(Run run) {
        runs.add(run);
        System.err.printf(Locale.ROOT, "cycle %d, %s %s: %.2f s, %d articles%n", run.cycle, run.program, run.setting,
                run.m.wallNanos / 1e9, run.articles);
    }

    private void print(int expected) {
        System.out.println();
        System.out.printf(Locale.ROOT, "| %-5s | %-16s | %-17s | %7s | %7s | %8s | %8s | %8s | %7s | %7s | %7s | %6s | %5s |%n",
                "cycle", "program", "setting", "wall s", "CPU s", "articles", "HTTP 200", "HTTP 304", "1st req",
                "bench s", "load", "wall x", "CPU x");
        System.out.println("|-------|------------------|-------------------|---------|---------|----------|----------|----------|"
                + "---------|---------|---------|--------|-------|");
        List<String> json = new ArrayList<>();
        for (Run r : runs) {
            Optional<Run> best = runs.stream().filter(b -> b.cycle == r.cycle && b.program.equals("newsboat") && b.complete)
                    .min((a, b) -> Long.compare(a.m.wallNanos, b.m.wallNanos));
            double wallRatio = best.map(b -> (double) r.m.wallNanos / b.m.wallNanos).orElse(Double.NaN);
            double cpuRatio = best.map(b -> (double) r.m.cpuNanos / b.m.cpuNanos).orElse(Double.NaN);
            System.out.printf(Locale.ROOT, "| %-5d | %-16s | %-17s | %7s | %7.2f | %8d | %8d | %8d | %7s | %7.2f | %7s | %6.2f | %5.2f |%n",
                    r.cycle, r.program, r.setting, r.complete ? String.format(Locale.ROOT, "%.2f", r.m.wallNanos / 1e9)
                            : "FAILED", r.m.cpuNanos / 1e9, r.articles, r.m.counts.ok(), r.m.counts.notModified(),
                    r.m.firstRequestNanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f", r.m.firstRequestNanos / 1e9),
                    r.m.benchCpuNanos / 1e9, r.m.load, wallRatio, cpuRatio);
            json.add(String.format(Locale.ROOT, "{\"benchmark\":\"ingest-vs-newsboat\",\"feeds\":%d,\"items\":%d,"
                            + "\"hosts\":%d,\"delay_ms\":%d,\"cycle\":%d,\"program\":\"%s\",\"setting\":\"%s\","
                            + "\"wall_s\":%.3f,\"cpu_s\":%.2f,\"articles\":%d,\"expected_articles\":%d,\"http_200\":%d,"
                            + "\"http_304\":%d,\"http_other\":%d,\"first_request_s\":%.3f,\"bench_process_cpu_s\":%.2f,"
                            + "\"load\":%s,\"wall_ratio_to_newsboat_best\":%s,\"cpu_ratio_to_newsboat_best\":%s,"
                            + "\"complete\":%b,\"note\":\"%s\"}",
                    o.feeds, o.items, o.hosts, o.delayMs, r.cycle, r.program, r.setting, r.m.wallNanos / 1e9,
                    r.m.cpuNanos / 1e9, r.articles, r.expected, r.m.counts.ok(), r.m.counts.notModified(), r.m.counts.other(),
                    r.m.firstRequestNanos / 1e9, r.m.benchCpuNanos / 1e9, r.m.load, number(wallRatio), number(cpuRatio),
                    r.complete, r.note));
        }
        System.out.println("(CPU s: user + system time of the program, JVM start included; for ingest, up to its last "
                + "commit. 1st req: seconds from start to the first HTTP request. bench s: CPU of the benchmark process "
                + "meanwhile: feed servers, and for ingest the Kafka broker and the reader. wall x, CPU x: ratio to the "
                + "fastest newsboat run of the same cycle.)");
        for (Run r : runs) {
            if (r.program.equals("newswatch ingest") && r.complete && r.articles > 0) {
                System.out.printf(Locale.ROOT, "newswatch ingest, cycle 1: %.3f ms of CPU per article (%d articles)%n",
                        r.m.cpuNanos / 1e6 / r.articles, r.articles);
            }
        }
        System.out.println();
        json.forEach(System.out::println);
        if (runs.stream().anyMatch(r -> !r.complete)) {
            System.out.println("INCOMPLETE: a run failed, timed out or stored a wrong number of articles (expected "
                    + expected + " in cycle 1, 0 in cycle 2; see above).");
        }
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.3f", d);
    }

    /** What one run measured; nanoseconds. */
    private record Measured(long wallNanos, long cpuNanos, long benchCpuNanos, LoopbackFeedFarm.Counts counts,
                            long firstRequestNanos, int exitCode, boolean reached, String load) {
    }

    /** One row of the table. */
    private record Run(int cycle, String program, String setting, Measured m, long articles, long expected,
                       boolean complete, String note) {

        Run incomplete() {
            return new Run(cycle, program, setting, m, articles, expected, false, note + "; wrong total over both cycles");
        }
    }

    /** Command-line options. */
    private record Options(int feeds, int items, int hosts, int delayMs, int[] newsboatThreads, int threads,
                           int requestsInFlight, int timeoutSeconds, String newsboat, String newswatchJar, boolean warmUp) {

        static Options parse(String[] args) {
            BenchOptions o = BenchOptions.parse(args, "--feeds", "1000", "--items", "20", "--hosts", "50",
                    "--delay-ms", "100", "--newsboat-threads", "8,32,64", "--threads", "32", "--requests-in-flight", "256", "--timeout-seconds", "600",
                    "--newsboat", "newsboat", "--newswatch-jar", "app/target/newswatch.jar", "--warm-up", "yes");
            String warmUp = o.string("--warm-up");
            if (!warmUp.equals("yes") && !warmUp.equals("no")) {
                throw new IllegalArgumentException("--warm-up is yes or no, got " + warmUp);
            }
            int[] newsboatThreads;
            try {
                newsboatThreads = Arrays.stream(o.string("--newsboat-threads").split(",")).map(String::strip)
                        .mapToInt(Integer::parseInt).toArray();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--newsboat-threads needs whole numbers separated by commas, got "
                        + o.string("--newsboat-threads"), e);
            }
            if (newsboatThreads.length == 0 || Arrays.stream(newsboatThreads).anyMatch(t -> t < 1)) {
                throw new IllegalArgumentException("--newsboat-threads needs at least one number of threads, each at least 1");
            }
            int delayMs;
            try {
                delayMs = Integer.parseInt(o.string("--delay-ms"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--delay-ms needs a whole number, got " + o.string("--delay-ms"), e);
            }
            if (delayMs < 0) {
                throw new IllegalArgumentException("--delay-ms must be at least 0, got " + delayMs);
            }
            return new Options(o.positiveInt("--feeds"), o.positiveInt("--items"), o.positiveInt("--hosts"), delayMs,
                    newsboatThreads, o.positiveInt("--threads"), o.positiveInt("--requests-in-flight"),
                    o.positiveInt("--timeout-seconds"), o.string("--newsboat"),
                    Path.of(o.string("--newswatch-jar")).toAbsolutePath().toString(), warmUp.equals("yes"));
        }
    }

    /**
     * Reads the articles and feed-status topics (read_committed, from the beginning) on its own thread: counts the
     * articles, and the feeds whose not-modified status was written since a given time, noting when a goal is met.
     */
    private static final class IngestWatcher implements AutoCloseable {

        private final KafkaConsumer<byte[], byte[]> consumer;
        private final String articlesTopic;
        private final String statusTopic;
        private final Deserializer<FeedStatus> statuses;
        private final Thread thread;
        private final Set<String> notModified = new HashSet<>();
        private long articles;
        private long articleGoal = Long.MAX_VALUE;
        private int notModifiedGoal = Integer.MAX_VALUE;
        private long notModifiedSinceMillis = Long.MAX_VALUE;
        private long reachedAt;
        private volatile RuntimeException error;
        private volatile boolean running = true;

        IngestWatcher(KafkaClients clients, Topics topics) {
            articlesTopic = topics.articles.name();
            statusTopic = topics.feedStatus.name();
            statuses = topics.feedStatus.valueSerde().deserializer();
            consumer = new KafkaConsumer<>(clients.consumer("bench-ingest-watcher", null), new ByteArrayDeserializer(),
                    new ByteArrayDeserializer());
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(articlesTopic, statusTopic)) {
                for (PartitionInfo p : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    partitions.add(new TopicPartition(topic, p.partition()));
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            thread = new Thread(this::loop, "bench-ingest-watcher");
            thread.setDaemon(true);
            thread.start();
        }

        private void loop() {
            try {
                while (running) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(10))) {
                        record(record);
                    }
                }
            } catch (RuntimeException e) {
                error = e;
            } finally {
                consumer.close(Duration.ofSeconds(5));
            }
        }

        private synchronized void record(ConsumerRecord<byte[], byte[]> record) {
            if (record.topic().equals(articlesTopic)) {
                articles++;
                if (articles == articleGoal && reachedAt == 0) {
                    reachedAt = System.nanoTime();
                }
                return;
            }
            FeedStatus status = statuses.deserialize(record.topic(), record.value());
            if (FeedStatus.NOT_MODIFIED.equals(status.outcome()) && record.timestamp() >= notModifiedSinceMillis
                    && notModified.add(status.feedId()) && notModified.size() == notModifiedGoal && reachedAt == 0) {
                reachedAt = System.nanoTime();
            }
        }

        synchronized void expectArticles(long total) {
            articleGoal = total;
            notModifiedGoal = Integer.MAX_VALUE;
            reachedAt = 0;
        }

        synchronized void expectNotModified(int feeds, long sinceMillis) {
            articleGoal = Long.MAX_VALUE;
            notModified.clear();
            notModifiedGoal = feeds;
            notModifiedSinceMillis = sinceMillis;
            reachedAt = 0;
        }

        synchronized boolean reached() {
            if (error != null) {
                throw new IllegalStateException("the reader of the ingest topics failed", error);
            }
            return reachedAt != 0;
        }

        synchronized long reachedAt() {
            return reachedAt;
        }

        synchronized long articles() {
            return articles;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(10_000);
        }
    }
}

package dev.newswatch.bench.alerts;

import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.bench.harness.FixedRate;
import dev.newswatch.bench.harness.Percentiles;
import dev.newswatch.bench.harness.WorkDir;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Benchmark of the dashboard's liveness: from an alert committed to the alerts topic (one transaction per alert,
 * as the exactly-once enrich stage writes them) to its {@code alert} event arriving on an open {@code /events}
 * stream of the ops endpoint, through the production wiring ({@link Pipeline} with no stage: the endpoint and its
 * dashboard) on the embedded broker. Not a test: run it with {@code bench/dashboard-latency.sh}.
 *
 * <p>Options: {@code --alerts N} measured (300), {@code --rate N} per second (20), {@code --warmup N} (30).
 * Prints p50, p90, p99 and the maximum on standard output.
 */
public final class DashboardLatencyBench {

    private DashboardLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args, "--alerts", "300", "--rate", "20", "--warmup", "30");
        int alerts = options.positiveInt("--alerts");
        int rate = options.positiveInt("--rate");
        int warmup = options.positiveInt("--warmup");
        System.out.printf(Locale.ROOT, "dashboard-latency benchmark: %d alerts at %d/s after %d warm-up alerts, %d cores%n",
                alerts, rate, warmup, Runtime.getRuntime().availableProcessors());
        Map<String, Long> sent = new ConcurrentHashMap<>();
        Map<String, Long> shown = new ConcurrentHashMap<>();
        try (WorkDir work = WorkDir.create("newswatch-dashboard-bench-");
             EmbeddedBroker broker = new EmbeddedBroker(work.resolve("kafka"), 0).start()) {
            Path config = Files.createDirectories(work.resolve("config"));
            Files.writeString(config.resolve("newswatch.yml"), String.join("\n", "data-dir: " + work.resolve("data"),
                    "kafka:", "  topic-prefix: bench.", "http:", "  port: 0", "  dashboard-refresh: 5s", ""));
            Files.writeString(config.resolve("feeds.yml"), "feeds: []\n");
            NewswatchConfig loaded = ConfigLoader.load(config);
            NewswatchConfig cfg = loaded.withKafka(loaded.kafka().withBootstrapServers(broker.bootstrapServers()));
            try (Pipeline pipeline = Pipeline.start(cfg, EnumSet.noneOf(Stage.class), false, "bench", Clock.systemUTC())) {
                Thread reader = new Thread(() -> read(pipeline.opsPort(), shown), "sse-reader");
                reader.setDaemon(true);
                reader.start();
                var clients = dev.newswatch.core.kafka.KafkaClients.of(cfg.kafka(), broker.bootstrapServers());
                Topic<String, Alert> topic = cfg.topics().alerts;
                try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(
                        clients.producer("bench-alerts", "bench-alerts-tx"), topic.keySerde().serializer(),
                        topic.valueSerde().serializer())) {
                    producer.initTransactions();
                    produce(producer, topic, "warmup", warmup, rate, sent);
                    await(shown, "warmup", warmup);
                    produce(producer, topic, "alert", alerts, rate, sent);
                    await(shown, "alert", alerts);
                }
            }
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < alerts; i++) {
            Long s = sent.get("alert-" + i);
            Long r = shown.get("alert-" + i);
            if (s != null && r != null) {
                millis.add((r - s) / 1e6);
            }
        }
        Percentiles latency = Percentiles.of(millis);
        System.out.printf(Locale.ROOT, "shown %d of %d alerts%n%n", latency.count(), alerts);
        if (latency.count() > 0) {
            System.out.println("| alert committed → SSE event at the page | p50 ms | p90 ms | p99 ms | max ms |");
            System.out.println("|-----------------------------------------|--------|--------|--------|--------|");
            System.out.printf(Locale.ROOT, "| %-39s | %6.1f | %6.1f | %6.1f | %6.1f |%n", latency.count() + " alerts at "
                    + rate + "/s", latency.at(50), latency.at(90), latency.at(99), latency.max());
        }
        System.exit(latency.count() == alerts ? 0 : 1);
    }

    /** One transaction per alert, paced on a fixed schedule; the clock starts when the commit returns. */
    private static void produce(KafkaProducer<String, Alert> producer, Topic<String, Alert> topic, String prefix,
                                int count, int rate, Map<String, Long> sent) {
        FixedRate schedule = new FixedRate(rate);
        for (int i = 0; i < count; i++) {
            schedule.awaitNext();
            Alert alert = AlertLatencyBench.alert(prefix + "-" + i, i);
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic.name(), alert.alertId(), alert));
            producer.commitTransaction();
            sent.put(alert.alertId(), System.nanoTime());
        }
    }

    /** Reads the event stream as a browser would, noting when each alert event arrives. */
    private static void read(int port, Map<String, Long> shown) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            socket.getOutputStream().write("GET /events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String event = null;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ") && "alert".equals(event)) {
                    long now = System.nanoTime();
                    shown.putIfAbsent(Json.mapper().readTree(line.substring(6)).get("alertId").asText(), now);
                }
            }
        } catch (java.io.IOException e) {
            System.err.println("event stream ended: " + e.getMessage());
        }
    }

    private static void await(Map<String, Long> shown, String prefix, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline
                && shown.keySet().stream().filter(k -> k.startsWith(prefix + "-")).count() < count) {
            Thread.sleep(50);
        }
    }
}

package dev.newswatch.bench.alerts;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newswatch.alerts.webhook.WebhookSigner;
import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.app.wiring.AlertsWiring;
import dev.newswatch.bench.harness.BenchOptions;
import dev.newswatch.bench.harness.FixedRate;
import dev.newswatch.bench.harness.Percentiles;
import dev.newswatch.bench.harness.WorkDir;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Deal;
import dev.newswatch.core.model.DealStage;
import dev.newswatch.core.model.DealType;
import dev.newswatch.core.model.Party;
import dev.newswatch.core.model.Qualifier;
import dev.newswatch.core.model.Source;
import dev.newswatch.core.model.TrackedDeal;
import dev.newswatch.core.serde.Json;
import dev.newswatch.core.topic.Topic;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Benchmark of alert latency: from an alert produced to the alerts topic to the signed webhook call arriving at a
 * receiver, through the production wiring ({@link AlertsWiring#start}) on the embedded broker. Not a test: run it
 * with {@code bench/alert-latency.sh}.
 *
 * <p>One webhook subscription points at an HTTP receiver on 127.0.0.1 that verifies each signature and notes the
 * receipt time. Alerts are produced one by one at a steady rate (default 500 at 50 per second, after 50 warm-up
 * alerts that are not counted), each stamped with its send time ({@code raisedAt}, and {@link System#nanoTime}
 * kept in this process, which the latency uses). Prints p50, p90, p99 and the maximum on standard output; logs go
 * to standard error.
 */
public final class AlertLatencyBench {

    private static final String SUBSCRIPTION = "bench-hook";

    private AlertLatencyBench() {
    }

    /**
     * Options: {@code --alerts N} measured (500), {@code --rate N} per second (50), {@code --warmup N} (50),
     * {@code --timeout-seconds N} to wait for the last call (120).
     */
    public static void main(String[] args) throws Exception {
        // The JDK's HTTP server leaves Nagle's algorithm on unless told otherwise: its separate header and body
        // writes then wait for the sender's delayed ACK, about 40 ms a call, which would be measured as alerter
        // latency. Real receivers (nginx, Netty, Jetty) set TCP_NODELAY; so does this one.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        Options options = Options.parse(args);
        WorkDir.runAndExit("newswatch-alert-bench-", work -> run(options, work));
    }

    private static int run(Options o, Path work) throws Exception {
        System.out.printf(Locale.ROOT, "alert-latency benchmark: %d alerts at %d/s after %d warm-up alerts, one webhook "
                + "subscription, %d cores%n", o.alerts, o.rate, o.warmup, Runtime.getRuntime().availableProcessors());
        String secret = WebhookSigner.newSecret(new SecureRandom());
        try (Receiver receiver = new Receiver(secret);
             EmbeddedBroker broker = new EmbeddedBroker(work.resolve("kafka"), 0).start()) {
            NewswatchConfig loaded = ConfigLoader.load(writeConfig(work.resolve("config"), work.resolve("data"),
                    receiver.url(), secret));
            NewswatchConfig config = loaded.withKafka(loaded.kafka().withBootstrapServers(broker.bootstrapServers()));
            KafkaClients clients = KafkaClients.of(config.kafka(), broker.bootstrapServers());
            TopicAdmin.ensureTopics(clients.admin("bench-admin"), config.topics(), (short) 1);
            List<AutoCloseable> alerter = AlertsWiring.start(config, clients, "bench", Clock.systemUTC(), System.err);
            Topic<String, Alert> topic = config.topics().alerts;
            try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(clients.producer("bench-alerts", null),
                    topic.keySerde().serializer(), topic.valueSerde().serializer())) {
                long warmupStart = System.nanoTime();
                produce(producer, topic, "warmup", o.warmup, o.rate, receiver);
                if (!receiver.awaitCount(o.warmup, Duration.ofSeconds(o.timeoutSeconds))) {
                    System.out.printf(Locale.ROOT, "INCOMPLETE: %d of %d warm-up alerts arrived%n", receiver.count(), o.warmup);
                    return 1;
                }
                System.out.printf(Locale.ROOT, "warm-up: %d alerts delivered in %.1f s (alerter start included)%n",
                        o.warmup, (System.nanoTime() - warmupStart) / 1e9);
                long start = System.nanoTime();
                produce(producer, topic, "alert", o.alerts, o.rate, receiver);
                double produceSeconds = (System.nanoTime() - start) / 1e9;
                boolean complete = receiver.awaitCount(o.warmup + o.alerts, Duration.ofSeconds(o.timeoutSeconds));
                report(o, receiver, produceSeconds);
                if (!complete || receiver.invalid.get() > 0) {
                    System.out.printf(Locale.ROOT, "INCOMPLETE: %d of %d alerts arrived, %d invalid signatures%n",
                            receiver.count() - o.warmup, o.alerts, receiver.invalid.get());
                    return 1;
                }
                return 0;
            } finally {
                Collections.reverse(alerter);
                for (AutoCloseable c : alerter) {
                    c.close();
                }
            }
        }
    }

    private static void produce(KafkaProducer<String, Alert> producer, Topic<String, Alert> topic, String prefix,
                                int count, int rate, Receiver receiver) {
        FixedRate schedule = new FixedRate(rate);
        for (int i = 0; i < count; i++) {
            schedule.awaitNext();
            Alert alert = alert(prefix + "-" + i, i);
            receiver.sent(alert.alertId(), System.nanoTime());
            producer.send(new ProducerRecord<>(topic.name(), alert.alertId(), alert), (metadata, e) -> {
                if (e != null) {
                    System.err.println("sending " + alert.alertId() + " failed: " + e.getMessage());
                }
            });
        }
        producer.flush();
    }

    private static void report(Options o, Receiver receiver, double produceSeconds) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < o.alerts; i++) {
            String id = "alert-" + i;
            Long sent = receiver.sentAt.get(id);
            Long received = receiver.receivedAt.get(id);
            if (sent != null && received != null) {
                millis.add((received - sent) / 1e6);
            }
        }
        Percentiles latency = Percentiles.of(millis);
        System.out.printf(Locale.ROOT, "produced %d alerts in %.1f s (%.0f/s); received %d; duplicates %d; invalid "
                        + "signatures %d%n", o.alerts, produceSeconds, o.alerts / produceSeconds, latency.count(),
                receiver.duplicates.get(), receiver.invalid.get());
        if (latency.count() == 0) {
            return;
        }
        System.out.println();
        System.out.println("| alert produced → webhook received | p50 ms | p90 ms | p99 ms | max ms | mean ms |");
        System.out.println("|-----------------------------------|--------|--------|--------|--------|---------|");
        System.out.printf(Locale.ROOT, "| %-33s | %6.1f | %6.1f | %6.1f | %6.1f | %7.1f |%n",
                latency.count() + " alerts at " + o.rate + "/s", latency.at(50), latency.at(90), latency.at(99),
                latency.max(), latency.mean());
    }

    /** An announced $2 billion investment, one distinct deal per alert, as enrich would raise it. */
    static Alert alert(String alertId, int n) {
        Instant now = Instant.now();
        BigDecimal usd = new BigDecimal(2_000_000_000L + n);
        String target = "Bench Labs " + n;
        String sentence = "Nvidia will invest $2 billion in " + target + ", the companies said.";
        Deal deal = new Deal(Party.of("nvidia", "Nvidia"), Party.of("bench-labs-" + n, target), usd, null, "USD", usd,
                Qualifier.EXACT, DealType.INVESTMENT, DealStage.ANNOUNCED, sentence, 0, sentence.length());
        Source source = new Source("article-" + alertId, "Bench Wire", "Nvidia to invest in " + target,
                "https://bench.example/" + alertId, "en", now);
        TrackedDeal tracked = new TrackedDeal("deal-" + alertId, deal, List.of("ai-funding"), List.of(source), now, now, 1,
                "new");
        return new Alert(alertId, Alert.NEW, tracked, now);
    }

    private static Path writeConfig(Path dir, Path dataDir, String url, String secret) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(ConfigLoader.MAIN_FILE), String.join("\n",
                "data-dir: \"" + dataDir + "\"",
                "kafka:",
                "  topic-prefix: bench-alerts.",
                "network:",
                "  allow: [127.0.0.0/8]",
                "alerts:",
                "  http-port: -1",
                "  webhook-timeout: 10s",
                ""));
        Files.writeString(dir.resolve("subscriptions.yml"), String.join("\n",
                "subscriptions:",
                "  - id: " + SUBSCRIPTION,
                "    channel: webhook",
                "    url: \"" + url + "\"",
                "    secret: \"" + secret + "\"",
                "    min-amount-usd: 1000000000",
                ""));
        return dir;
    }

    /** Command-line options of the benchmark. */
    private record Options(int alerts, int rate, int warmup, int timeoutSeconds) {

        static Options parse(String[] args) {
            BenchOptions o = BenchOptions.parse(args, "--alerts", "500", "--rate", "50", "--warmup", "50",
                    "--timeout-seconds", "120");
            return new Options(o.positiveInt("--alerts"), o.positiveInt("--rate"), o.positiveInt("--warmup"),
                    o.positiveInt("--timeout-seconds"));
        }
    }

    /**
     * The webhook endpoint on 127.0.0.1: verifies each call's Standard Webhooks signature as a receiver would, and
     * notes when each alert first arrived.
     */
    private static final class Receiver implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(2);
        private final String secret;
        private final Clock clock = Clock.systemUTC();
        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        private final AtomicInteger duplicates = new AtomicInteger();
        private final AtomicInteger invalid = new AtomicInteger();
        private final Object arrivals = new Object();

        Receiver(String secret) throws IOException {
            this.secret = secret;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            server.createContext("/hook", this::handle);
            server.setExecutor(executor);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void sent(String alertId, long nanos) {
            sentAt.put(alertId, nanos);
        }

        int count() {
            return receivedAt.size();
        }

        boolean awaitCount(int expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            synchronized (arrivals) {
                while (receivedAt.size() < expected) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    TimeUnit.NANOSECONDS.timedWait(arrivals, left);
                }
            }
            return true;
        }

        private void handle(HttpExchange exchange) throws IOException {
            long now = System.nanoTime();
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                var headers = exchange.getRequestHeaders();
                boolean valid = WebhookSigner.verify(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                        body, headers.getFirst("webhook-signature"), secret, clock, WebhookSigner.DEFAULT_TOLERANCE);
                if (!valid) {
                    invalid.incrementAndGet();
                }
                String alertId = Json.mapper().readTree(body).path("alertId").asText();
                if (receivedAt.putIfAbsent(alertId, now) != null) {
                    duplicates.incrementAndGet();
                }
                synchronized (arrivals) {
                    arrivals.notifyAll();
                }
                byte[] reply = "ok".getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(valid ? 200 : 401, reply.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}

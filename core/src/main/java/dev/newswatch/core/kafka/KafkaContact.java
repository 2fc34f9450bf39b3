package dev.newswatch.core.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Whether one stage's Kafka clients hear from the cluster, read from the clients' own metrics: every Kafka client
 * counts the responses it received from any broker ({@code response-total}). A stage whose clients received no
 * response for longer than the silence limit (15 s by default) cannot reach Kafka, whatever the reason: brokers
 * down, the network black-holed, a firewall. A healthy stage is never that silent: a polling consumer gets an answer
 * to its fetch at least every {@code fetch.max.wait.ms} (500 ms), and a group member's heartbeats are answered every
 * few seconds even when it owns no partition.
 *
 * <p>No thread of its own: each {@link #check()} compares the counts with those of the previous check, so the
 * silence is measured between checks (the {@code /health} requests). A client replaced under the same client id
 * (a reopened producer) starts again from zero, which counts as nothing heard until it grows. Thread-safe.
 */
public final class KafkaContact {

    /** How long a stage may hear nothing from Kafka before it reports Kafka unreachable. */
    public static final Duration DEFAULT_SILENCE = Duration.ofSeconds(15);

    static final String RESPONSE_TOTAL = "response-total";

    /** What a check found: whether Kafka answered within the silence limit, and how long it has been silent. */
    public record Status(boolean reachable, Duration silent) {

        public Status {
            Objects.requireNonNull(silent, "silent");
        }

        /** {@code ok} or {@code unreachable}, as {@code /health} shows it. */
        public String word() {
            return reachable ? "ok" : "unreachable";
        }
    }

    private final List<Supplier<? extends Map<MetricName, ? extends Metric>>> clients = new CopyOnWriteArrayList<>();
    private final Map<MetricName, Double> counts = new HashMap<>();
    private final Duration silence;
    private final LongSupplier nanoTime;
    private long lastHeard;

    /** A contact with the default silence limit, on the system's monotonic clock. */
    public KafkaContact() {
        this(DEFAULT_SILENCE, System::nanoTime);
    }

    /**
     * @param silence  how long without any response counts as unreachable
     * @param nanoTime a monotonic clock in nanoseconds (tests pass their own)
     */
    public KafkaContact(Duration silence, LongSupplier nanoTime) {
        this.silence = Objects.requireNonNull(silence, "silence");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.lastHeard = nanoTime.getAsLong();
    }

    /**
     * Watches the metrics of one client, such as {@code consumer::metrics} or {@code streams::metrics} (a Kafka
     * Streams app reports those of all its clients). The supplier is called on the checking thread: Kafka clients
     * allow that for their metrics. A supplier that throws (a closed client) counts as silent.
     */
    public KafkaContact watch(Supplier<? extends Map<MetricName, ? extends Metric>> clientMetrics) {
        clients.add(Objects.requireNonNull(clientMetrics, "clientMetrics"));
        return this;
    }

    /** Reads the clients' response counts now and says whether Kafka answered within the silence limit. */
    public synchronized Status check() {
        long now = nanoTime.getAsLong();
        boolean heard = false;
        for (Supplier<? extends Map<MetricName, ? extends Metric>> client : clients) {
            Map<MetricName, ? extends Metric> metrics;
            try {
                metrics = client.get();
            } catch (RuntimeException e) {
                continue;
            }
            for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
                MetricName name = e.getKey();
                // The client-wide count only: the per-broker ones (tagged node-id) repeat it.
                if (!RESPONSE_TOTAL.equals(name.name()) || name.tags().containsKey("node-id")
                        || !(e.getValue().metricValue() instanceof Number n)) {
                    continue;
                }
                double value = n.doubleValue();
                Double before = counts.put(name, value);
                if (value > (before == null ? 0 : before)) {
                    heard = true;
                }
            }
        }
        if (heard) {
            lastHeard = now;
        }
        Duration silent = Duration.ofNanos(Math.max(0, now - lastHeard));
        return new Status(silent.compareTo(silence) <= 0, silent);
    }
}

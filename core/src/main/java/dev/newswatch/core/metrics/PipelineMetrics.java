package dev.newswatch.core.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's meters, one small facade over a Micrometer {@link MeterRegistry} so that ingest, enrich and
 * alerts record what they do without knowing where it goes. Names (Micrometer dotted form, then Prometheus):
 * <ul>
 *   <li>{@code newswatch.fetches{outcome}} ({@code newswatch_fetches_total}): feed fetches committed, by
 *       outcome ok, not-modified or failed;</li>
 *   <li>{@code newswatch.articles.ingested} ({@code newswatch_articles_ingested_total}): articles written to
 *       the articles topic (committed transactions only);</li>
 *   <li>{@code newswatch.articles.deduplicated} ({@code newswatch_articles_deduplicated_total}): articles the
 *       enrich stage dropped as already seen;</li>
 *   <li>{@code newswatch.deals.found} and {@code newswatch.alerts.raised}: new deals tracked and alerts
 *       raised by the enrich stage;</li>
 *   <li>{@code newswatch.deliveries{outcome}} ({@code newswatch_deliveries_total}): delivery attempts, by the
 *       state they left the delivery in: delivered, failed (a retry is scheduled) or dead;</li>
 *   <li>{@code newswatch.fetch.latency} ({@code newswatch_fetch_latency_seconds}): histogram of the time
 *       one feed fetch took, body and parsing included;</li>
 *   <li>{@code newswatch.alert.delivery.latency} ({@code newswatch_alert_delivery_latency_seconds}):
 *       histogram of article-in-Kafka to alert-delivered time. It starts at the alert's {@code raisedAt},
 *       which is the Kafka record timestamp of the article that raised it (its published time, never later
 *       than its fetch time), so it includes the outlet's publishing delay and up to one poll interval.
 *       Alerts from articles older than {@link #BACKFILL_AGE} (a backfill or a replay of old news) are counted
 *       in the deliveries but left out of this histogram, which would otherwise measure the archive's age.</li>
 * </ul>
 * The enrich counters are incremented while processing: under exactly-once a record processed again after a
 * crash or rebalance counts again, so they may run slightly ahead of the output topics.
 *
 * <p>{@link #NONE} records nothing and binds nothing: the default of every stage that is not given meters.
 * Thread-safe.
 */
public final class PipelineMetrics {

    /** Meters that go nowhere; binding a Kafka client to it does nothing. */
    public static final PipelineMetrics NONE = new PipelineMetrics();

    /** Alerts from articles older than this are left out of the delivery latency histogram. */
    public static final Duration BACKFILL_AGE = Duration.ofDays(1);

    /** Fetch outcomes, as in {@code FeedStatus}. */
    public static final String OK = "ok";
    public static final String NOT_MODIFIED = "not-modified";
    public static final String FAILED = "failed";
    /** Delivery outcomes, as in {@code Delivery}. */
    public static final String DELIVERED = "delivered";
    public static final String DEAD = "dead";

    private static final Logger LOG = LoggerFactory.getLogger(PipelineMetrics.class);
    private static final AutoCloseable UNBOUND = () -> { };

    private final MeterRegistry registry;
    private final Map<String, Counter> fetches = new ConcurrentHashMap<>();
    private final Map<String, Counter> deliveries = new ConcurrentHashMap<>();
    private final Map<String, Counter> notifications = new ConcurrentHashMap<>();
    private final Counter articlesIngested;
    private final Counter articlesDeduplicated;
    private final Counter dealsFound;
    private final Counter alertsRaised;
    private final Counter deliveriesAmbiguous;
    private final Timer fetchLatency;
    private final Timer deliveryLatency;

    private PipelineMetrics() {
        registry = null;
        articlesIngested = null;
        articlesDeduplicated = null;
        dealsFound = null;
        alertsRaised = null;
        deliveriesAmbiguous = null;
        fetchLatency = null;
        deliveryLatency = null;
    }

    /**
     * Registers the pipeline's meters on {@code registry}; the outcome-tagged counters start at zero for every
     * known outcome, so a dashboard sees them before the first event.
     */
    public PipelineMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        articlesIngested = Counter.builder("newswatch.articles.ingested")
                .description("Articles written to the articles topic (committed)").register(registry);
        articlesDeduplicated = Counter.builder("newswatch.articles.deduplicated")
                .description("Articles dropped by enrich as already seen within the dedup window").register(registry);
        dealsFound = Counter.builder("newswatch.deals.found")
                .description("New deals tracked by enrich").register(registry);
        alertsRaised = Counter.builder("newswatch.alerts.raised")
                .description("Alerts raised by enrich (new deals and material updates)").register(registry);
        deliveriesAmbiguous = Counter.builder("newswatch.deliveries.ambiguous")
                .description("Delivery attempts that may or may not have arrived (no reply after the whole message)")
                .register(registry);
        fetchLatency = Timer.builder("newswatch.fetch.latency")
                .description("Time one feed fetch took, body and parsing included")
                .serviceLevelObjectives(seconds(0.05), seconds(0.1), seconds(0.25), seconds(0.5), seconds(1),
                        seconds(2.5), seconds(5), seconds(10), seconds(30), seconds(60))
                .register(registry);
        deliveryLatency = Timer.builder("newswatch.alert.delivery.latency")
                .description("From the Kafka timestamp of the article that raised an alert to the alert's delivery")
                .serviceLevelObjectives(seconds(0.1), seconds(0.25), seconds(0.5), seconds(1), seconds(2), seconds(5),
                        seconds(10), seconds(30), seconds(60), seconds(120), seconds(300), seconds(900),
                        seconds(3600), seconds(6 * 3600), seconds(24 * 3600))
                .register(registry);
        for (String outcome : new String[] {OK, NOT_MODIFIED, FAILED}) {
            fetchCounter(outcome);
        }
        for (String outcome : new String[] {DELIVERED, FAILED, DEAD}) {
            deliveryCounter(outcome);
        }
    }

    /** False for {@link #NONE}. */
    public boolean recording() {
        return registry != null;
    }

    /** One feed fetch, committed with its outcome ({@code ok}, {@code not-modified}, {@code failed}). */
    public void fetched(String outcome, Duration latency) {
        if (registry == null) {
            return;
        }
        fetchCounter(outcome).increment();
        if (latency != null && !latency.isNegative()) {
            fetchLatency.record(latency);
        }
    }

    /**
     * One WebSub notification received, by what became of it: {@code accepted}, {@code rejected} (bad or missing
     * signature), {@code oversize} or {@code unknown} (no subscription for it).
     */
    public void webSubNotification(String outcome) {
        if (registry == null) {
            return;
        }
        notifications.computeIfAbsent(outcome, o -> Counter.builder("newswatch.websub.notifications")
                .description("WebSub notifications received, by outcome").tag("outcome", o).register(registry))
                .increment();
    }

    /** {@code count} articles committed to the articles topic. */
    public void articlesIngested(int count) {
        if (registry != null && count > 0) {
            articlesIngested.increment(count);
        }
    }

    /** One article dropped as a duplicate. */
    public void articleDeduplicated() {
        if (registry != null) {
            articlesDeduplicated.increment();
        }
    }

    /** One new deal. */
    public void dealFound() {
        if (registry != null) {
            dealsFound.increment();
        }
    }

    /** One alert raised. */
    public void alertRaised() {
        if (registry != null) {
            alertsRaised.increment();
        }
    }

    /**
     * One delivery attempt ended in {@code outcome} ({@code delivered}, {@code failed}, {@code dead}); when it was
     * delivered, {@code sinceArticle} (from the alert's {@code raisedAt} to now) goes to the latency histogram
     * unless it is negative or longer than {@link #BACKFILL_AGE}.
     */
    public void deliveryAttempted(String outcome, Duration sinceArticle) {
        if (registry == null) {
            return;
        }
        deliveryCounter(outcome).increment();
        if (DELIVERED.equals(outcome) && sinceArticle != null && !sinceArticle.isNegative()
                && sinceArticle.compareTo(BACKFILL_AGE) <= 0) {
            deliveryLatency.record(sinceArticle);
        }
    }

    /**
     * One delivery attempt was ambiguous: the whole message went out and no reply came, so the receiver may have
     * it (counted besides its outcome in {@link #deliveryAttempted}).
     */
    public void deliveryAmbiguous() {
        if (registry != null) {
            deliveriesAmbiguous.increment();
        }
    }

    /** Binds the Kafka client metrics ({@code kafka.producer.*}) of {@code producer}; close the result before it. */
    public AutoCloseable bind(Producer<?, ?> producer) {
        return bind(() -> new KafkaClientMetrics(producer));
    }

    /** Binds the Kafka client metrics ({@code kafka.consumer.*}) of {@code consumer}; close the result before it. */
    public AutoCloseable bind(Consumer<?, ?> consumer) {
        return bind(() -> new KafkaClientMetrics(consumer));
    }

    /**
     * Binds the meters of {@code binder} (created only when recording) and returns what unbinds them: the
     * binder itself when it is closeable (the Kafka binders remove their meters and stop their refresh thread).
     */
    public AutoCloseable bind(Supplier<? extends MeterBinder> binder) {
        if (registry == null) {
            return UNBOUND;
        }
        MeterBinder created = binder.get();
        try {
            created.bindTo(registry);
        } catch (RuntimeException e) {
            LOG.warn("Binding the meters of {} failed; they will be missing from /metrics: {}",
                    created.getClass().getSimpleName(), e.getMessage());
        }
        return created instanceof AutoCloseable closeable ? closeable : UNBOUND;
    }

    private Counter fetchCounter(String outcome) {
        return fetches.computeIfAbsent(outcome, o -> Counter.builder("newswatch.fetches").tag("outcome", o)
                .description("Feed fetches committed, by outcome").register(registry));
    }

    private Counter deliveryCounter(String outcome) {
        return deliveries.computeIfAbsent(outcome, o -> Counter.builder("newswatch.deliveries").tag("outcome", o)
                .description("Delivery attempts, by the state they left the delivery in").register(registry));
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos((long) (s * 1e9));
    }
}

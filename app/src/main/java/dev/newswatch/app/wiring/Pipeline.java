package dev.newswatch.app.wiring;

import dev.newswatch.alerts.AlertService;
import dev.newswatch.app.api.ApiHandler;
import dev.newswatch.app.broker.EmbeddedBroker;
import dev.newswatch.alerts.AlertFeedFollower;
import dev.newswatch.alerts.feed.AlertFeedHandler;
import dev.newswatch.alerts.feed.AlertFeedStore;
import dev.newswatch.app.ops.OpsEndpoint;
import dev.newswatch.app.ops.StageChecks;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.config.OpsSettings;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.kafka.TopicAdmin;
import dev.newswatch.core.kafka.TopicCheck;
import dev.newswatch.enrich.EnrichRunner;
import dev.newswatch.ingest.FeedRegistry;
import dev.newswatch.ingest.IngestService;
import dev.newswatch.ingest.websub.CallbackServer;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running set of stages: starts the embedded broker when no cluster is configured, creates the topics, checks
 * the layout of those each stage uses (refusing to start on one that breaks a guarantee, see {@link TopicCheck}),
 * seeds the feed list, starts the ops endpoint ({@code /metrics}, {@code /health}; {@code http.port} of
 * newswatch.yml) with the HTTP API when {@code http.api.enabled}, and the stages, and stops all of it in reverse
 * order on {@link #close()}. Used by {@code up}, by each single-stage command and by the end-to-end tests.
 *
 * <p>Start-up is ordered for the first fetch: the topic check runs while the ops endpoint and the ingest service are
 * built, the feed list is seeded while the ingest service connects, and the dashboard's reader and sampler start
 * after the stages (in a process of the ingest stage alone, with the first request for the dashboard).
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final NewswatchConfig config;
    private String bootstrapServers;
    private EmbeddedBroker broker;
    private OpsEndpoint ops = OpsEndpoint.off();
    private boolean apiServed;
    /** Work of {@link #startAll} running in the background, not awaited yet. */
    private final List<CompletableFuture<?>> pending = new ArrayList<>();

    private Pipeline(NewswatchConfig config) {
        this.config = config;
    }

    /**
     * Starts {@code stages}. With no bootstrap servers configured, {@code embedded} decides whether to run the
     * embedded broker (up) or to connect to one on the configured port (single stages).
     */
    public static Pipeline start(NewswatchConfig config, Set<Stage> stages, boolean embedded, String instanceId,
                                 Clock clock) {
        Pipeline pipeline = new Pipeline(config);
        try {
            pipeline.startAll(stages, embedded, instanceId, clock);
            return pipeline;
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** The default instance id: this host's name, so a restarted instance fences its predecessor. */
    public static String defaultInstanceId() {
        String env = System.getenv("NEWSWATCH_INSTANCE_ID");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
        } catch (java.io.IOException e) {
            return "local";
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public boolean embeddedBroker() {
        return broker != null;
    }

    public NewswatchConfig config() {
        return config;
    }

    /** The port of the ops endpoint ({@code /metrics}, {@code /health}), or -1 when it is off. */
    public int opsPort() {
        return ops.port();
    }

    /** Whether the ops endpoint serves the HTTP API ({@code /api/v1/}). */
    public boolean apiServed() {
        return apiServed;
    }

    private void startAll(Set<Stage> stages, boolean embedded, String instanceId, Clock clock) {
        if (config.kafka().embedded() && embedded) {
            broker = new EmbeddedBroker(config.dataDir().resolve("kafka"), config.kafka().embeddedPort()).start();
            running.push(broker);
            bootstrapServers = broker.bootstrapServers();
        } else {
            bootstrapServers = config.kafka().embedded()
                    ? "127.0.0.1:" + config.kafka().embeddedPort()
                    : config.kafka().bootstrapServers();
        }
        KafkaClients clients = KafkaClients.of(config.kafka(), bootstrapServers);
        // The topics are created and checked on a thread of their own while the ops endpoint and the ingest service
        // are built; no stage starts before the check has passed.
        CompletableFuture<Integer> topicsChecked = background("newswatch-topics", () -> {
            try (Admin admin = Admin.create(clients.admin("newswatch-admin"))) {
                TopicAdmin.ensureTopics(admin, clients.bootstrapServers(), config.topics(),
                        config.kafka().replicationFactor(), config.kafka().minInsyncReplicas());
                for (Stage stage : Stage.values()) {
                    if (stages.contains(stage)) {
                        TopicCheck.verify(admin, stage.label(), stage.topics(config.topics()),
                                config.kafka().replicationFactor(), config.kafka().minInsyncReplicas());
                    }
                }
            }
            return 0;
        });
        OpsSettings opsSettings = ConfigLoader.ops(config.configDir());
        ops = OpsEndpoint.start(opsSettings, clients, config);
        running.push(ops);
        if (opsSettings.api().enabled() && ops.route(ApiHandler.PREFIX, ApiHandler.of(config, clients, opsSettings.api()))) {
            apiServed = true;
            LOG.info("HTTP API served at http://{}:{}{} ({}).", opsSettings.bindAddress(), ops.port(), ApiHandler.PREFIX,
                    opsSettings.api().open() ? "no token: loopback only, as http.api.allow-loopback-without-token allows"
                            : opsSettings.api().tokens().size() + " token(s)");
        }
        IngestService ingest = stages.contains(Stage.INGEST)
                ? IngestWiring.service(config, clients, instanceId, clock).metrics(ops.metrics())
                : null;
        await(topicsChecked);
        if (ingest != null) {
            // The feed list is seeded beside the ingest service's start (its Kafka clients, the transactional id, the
            // group join): the service reads the feeds topic continuously, so seeded feeds reach it either way.
            background("newswatch-seed-feeds", () -> new FeedRegistry(config.topics(), clients).seed(config.feeds()));
            CallbackServer webSub = IngestWiring.webSub(config, ingest, clock, ops.metrics());
            running.push(ingest.start());
            if (webSub != null) {
                running.push(webSub);
            }
            ops.check("ingest", StageChecks.ingest(ingest)).live("ingest", StageChecks.ingestLive(ingest));
        }
        if (stages.contains(Stage.ENRICH)) {
            EnrichRunner enrich = EnrichWiring.start(config, clients, config.topics().prefix() + "enrich", ops.metrics());
            running.push(enrich);
            ops.check("enrich", StageChecks.enrich(enrich)).live("enrich", StageChecks.enrichLive(enrich));
        }
        if (stages.contains(Stage.ALERTS)) {
            for (AutoCloseable started : AlertsWiring.start(config, clients, instanceId, clock, System.out, ops.metrics())) {
                running.push(started);
                if (started instanceof AlertService alerts) {
                    ops.check("alerts", StageChecks.alerts(alerts)).live("alerts", StageChecks.alertsLive(alerts));
                }
            }
            AlertFeedFollower feeds = new AlertFeedFollower(config.topics(), clients, new AlertFeedStore());
            if (ops.route(AlertFeedHandler.PREFIX, new AlertFeedHandler(feeds.store()))) {
                running.push(feeds.start());
            }
        }
        while (!pending.isEmpty()) {
            await(pending.get(0));
        }
        // The dashboard's reader and sampler start once the stages run: they are not on the way to the first fetch.
        // A process of the ingest stage alone starts them with the first request for the dashboard.
        if (!stages.equals(Set.of(Stage.INGEST))) {
            ops.startDashboard();
        }
    }

    /** Runs {@code work} on a daemon thread named {@code name}; {@link #startAll} awaits it before it returns. */
    private <T> CompletableFuture<T> background(String name, Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(work.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        pending.add(future);
        thread.start();
        return future;
    }

    /** Waits for {@code future} of {@link #background}, and rethrows its failure. */
    private void await(CompletableFuture<?> future) {
        pending.remove(future);
        try {
            future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        // A start that failed while the topics were checked or the feeds seeded: let that end before the broker stops.
        for (CompletableFuture<?> work : pending) {
            try {
                work.join();
            } catch (CompletionException e) {
                LOG.debug("Start-up work failed during a failed start: {}", e.getMessage());
            }
        }
        pending.clear();
        while (!running.isEmpty()) {
            AutoCloseable next = running.pop();
            try {
                next.close();
            } catch (Exception e) {
                LOG.warn("Stopping {} failed: {}", next.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}

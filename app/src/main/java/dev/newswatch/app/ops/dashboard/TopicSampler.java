package dev.newswatch.app.ops.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newswatch.app.ops.HealthReport;
import dev.newswatch.app.ops.StatusCollector;
import dev.newswatch.app.ops.StatusReport;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.config.OpsSettings;
import dev.newswatch.core.kafka.KafkaClients;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Samples the cluster for the dashboard every {@code interval}: the brokers, each catalogue topic's record count,
 * its throughput since the previous sample (records per second) and the lag of each consumer group, plus this
 * process's own readiness checks. It uses {@link StatusCollector}, the code behind {@code newswatch status}, without
 * the tables (the {@link LiveTail} follows those). When the broker cannot be reached the sample says so, with the
 * reason and since when, and the last good topic figures stay on the page, marked stale. Each sample goes to
 * {@link DashboardState} and out as a {@code sample} event. Runs on its own daemon thread.
 */
final class TopicSampler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSampler.class);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final OpsSettings NO_PROCESS = new OpsSettings(OpsSettings.DEFAULT_BIND_ADDRESS, OpsSettings.OFF);

    private final NewswatchConfig config;
    private final KafkaClients clients;
    private final Supplier<HealthReport> health;
    private final DashboardState state;
    private final EventStream events;
    private final Clock clock;
    private final Duration interval;
    private final Thread thread;
    private final Map<String, Long> previousRecords = new HashMap<>();
    private Instant previousAt;
    private StatusReport lastGood;
    private Instant downSince;
    private volatile boolean running = true;

    TopicSampler(NewswatchConfig config, KafkaClients clients, Supplier<HealthReport> health, DashboardState state,
                 EventStream events, Clock clock, Duration interval) {
        this.config = config;
        this.clients = clients;
        this.health = health;
        this.state = state;
        this.events = events;
        this.clock = clock;
        this.interval = interval;
        this.thread = new Thread(this::run, "dashboard-sampler");
        this.thread.setDaemon(true);
    }

    TopicSampler start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            ObjectNode sample = sampleOnce();
            state.sample(sample);
            events.publish("sample", sample.toString());
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One sample, never throwing: a failure to reach the cluster is part of the sample. */
    ObjectNode sampleOnce() {
        StatusReport report = null;
        String error = null;
        try {
            report = StatusCollector.collect(config, clients, NO_PROCESS, clock, false);
        } catch (RuntimeException e) {
            error = e.getMessage();
        }
        Instant now = clock.instant();
        ObjectNode out = JSON.objectNode().put("at", now.toString()).put("intervalMs", interval.toMillis());
        if (report != null) {
            if (downSince != null) {
                LOG.info("Dashboard: the broker answers again after {} s.", Duration.between(downSince, now).toSeconds());
            }
            downSince = null;
            out.put("broker", "up");
            out.set("rates", rates(report, now));
            lastGood = report;
        } else {
            if (downSince == null) {
                downSince = now;
            }
            out.put("broker", "down").put("error", error).put("downSince", downSince.toString());
            previousAt = null;
        }
        if (lastGood != null) {
            out.put("stale", report == null);
            out.set("cluster", cluster(lastGood));
            out.set("topics", topics(lastGood, out.path("rates")));
            out.set("groups", groups(lastGood));
            out.put("lastArticle", lastGood.lastArticle() == null ? null : lastGood.lastArticle().toString());
            out.put("lastAlert", lastGood.lastAlert() == null ? null : lastGood.lastAlert().toString());
        }
        out.remove("rates");
        HealthReport checks = health.get();
        ObjectNode h = out.putObject("health").put("status", checks.status());
        ObjectNode c = h.putObject("checks");
        checks.checks().forEach((name, result) -> c.putObject(name).put("up", result.up()).put("detail", result.detail()));
        return out;
    }

    /** Records per second per topic since the previous good sample; empty on the first one. */
    private ObjectNode rates(StatusReport report, Instant now) {
        ObjectNode rates = JSON.objectNode();
        double seconds = previousAt == null ? 0 : Duration.between(previousAt, now).toMillis() / 1000.0;
        for (StatusReport.TopicStatus t : report.topics()) {
            Long before = previousRecords.put(t.name(), t.records());
            if (seconds > 0 && before != null) {
                rates.put(t.name(), Math.max(0, t.records() - before) / seconds);
            }
        }
        previousAt = now;
        return rates;
    }

    private static ObjectNode cluster(StatusReport r) {
        ObjectNode c = JSON.objectNode().put("bootstrapServers", r.cluster().bootstrapServers())
                .put("clusterId", r.cluster().clusterId()).put("controller", r.cluster().controller());
        ArrayNode brokers = c.putArray("brokers");
        r.cluster().brokers().forEach(brokers::add);
        return c;
    }

    private static ArrayNode topics(StatusReport r, com.fasterxml.jackson.databind.JsonNode rates) {
        ArrayNode out = JSON.arrayNode();
        for (StatusReport.TopicStatus t : r.topics()) {
            ObjectNode row = out.addObject().put("alias", t.alias()).put("name", t.name()).put("exists", t.exists())
                    .put("partitions", t.partitions()).put("records", t.records())
                    .put("newest", t.newest() == null ? null : t.newest().toString());
            if (rates.has(t.name())) {
                row.put("perSecond", rates.get(t.name()).asDouble());
            }
            ObjectNode lag = row.putObject("lag");
            t.lagByGroup().forEach(lag::put);
        }
        return out;
    }

    private static ArrayNode groups(StatusReport r) {
        ArrayNode out = JSON.arrayNode();
        for (StatusReport.GroupStatus g : r.groups()) {
            ObjectNode row = out.addObject().put("groupId", g.groupId()).put("role", g.role()).put("state", g.state())
                    .put("members", g.members());
            if (g.lag() != null) {
                row.put("lag", g.lag());
            }
        }
        return out;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.newswatch.app.ops;

import dev.newswatch.app.ops.dashboard.Dashboard;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.config.OpsSettings;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.metrics.PipelineMetrics;
import java.io.IOException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything operators reach in one process: the live {@link Dashboard}, the meter registry with the JVM's meters, the
 * {@link PipelineMetrics} the stages record on, the readiness checks (the broker first; stages add theirs as
 * they start) and the {@link OpsServer} serving them. When the endpoint is off ({@code http.port: -1}) or its
 * port cannot be bound, the process runs without it: the stages get {@link PipelineMetrics#NONE} and a
 * warning says why. Close it after the stages. Thread-safe.
 */
public final class OpsEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsEndpoint.class);

    private final ProcessMeters meters;
    private final PipelineMetrics metrics;
    private final Health health;
    private final Health liveness;
    private final BrokerCheck broker;
    private final OpsServer server;
    private final Dashboard dashboard;

    private OpsEndpoint(ProcessMeters meters, PipelineMetrics metrics, Health health, Health liveness, BrokerCheck broker,
                        OpsServer server, Dashboard dashboard) {
        this.liveness = liveness;
        this.dashboard = dashboard;
        this.meters = meters;
        this.metrics = metrics;
        this.health = health;
        this.broker = broker;
        this.server = server;
    }

    /** An endpoint that serves nothing and records nothing. */
    public static OpsEndpoint off() {
        return new OpsEndpoint(null, PipelineMetrics.NONE, new Health(), new Health(), null, null, null);
    }

    /**
     * Starts the endpoint of {@code settings}, checking the cluster of {@code clients}, with the dashboard over the
     * topics of {@code config} unless {@code http.dashboard} is false (its reader and sampler run from
     * {@link #startDashboard()} or the first request for it); never throws on a busy port.
     */
    public static OpsEndpoint start(OpsSettings settings, KafkaClients clients, NewswatchConfig config) {
        if (!settings.enabled()) {
            LOG.info("Ops endpoint is off (http.port: -1): no /metrics and no /health.");
            return off();
        }
        ProcessMeters meters = new ProcessMeters();
        BrokerCheck broker = new BrokerCheck(clients.admin("newswatch-ops"), BrokerCheck.DEFAULT_TIMEOUT);
        Health health = new Health().add("broker", broker);
        Health liveness = new Health();
        Dashboard dashboard = settings.dashboard()
                ? new Dashboard(config, clients, health::report, java.time.Clock.systemUTC(), settings.dashboardRefresh(),
                        settings.access().maxEventStreams())
                : null;
        try {
            OpsServer server = new OpsServer(settings.bindAddress(), settings.port(), settings.access(), meters::scrape, health::report,
                    liveness::report, dashboard);
            return new OpsEndpoint(meters, new PipelineMetrics(meters.registry()), health, liveness, broker, server,
                    dashboard);
        } catch (IOException e) {
            LOG.warn("Cannot serve /metrics and /health on {}:{} ({}); running without them. Set http.port in "
                    + "newswatch.yml to a free port, or -1 to turn the endpoint off.", settings.bindAddress(),
                    settings.port(), e.getMessage());
            if (dashboard != null) {
                dashboard.close();
            }
            broker.close();
            meters.close();
            return off();
        }
    }

    /**
     * Starts the dashboard's reader and sampler (the process's stages start first: they are not needed for the
     * first fetch); a request for the dashboard before this starts them too. Idempotent.
     */
    public OpsEndpoint startDashboard() {
        if (dashboard != null) {
            dashboard.start();
        }
        return this;
    }

    /** Where the stages record; {@link PipelineMetrics#NONE} when the endpoint is off. */
    public PipelineMetrics metrics() {
        return metrics;
    }

    /** Adds a stage's readiness check to {@code /health}. */
    public OpsEndpoint check(String name, Supplier<CheckResult> check) {
        health.add(name, check);
        return this;
    }

    /** Adds a stage's liveness check to {@code /health/live}. */
    public OpsEndpoint live(String name, Supplier<CheckResult> check) {
        liveness.add(name, check);
        return this;
    }

    /** The liveness checks now. */
    public HealthReport liveness() {
        return liveness.report();
    }

    /**
     * Serves {@code prefix} with {@code handler} on the endpoint.
     *
     * @return false when the endpoint is off, and nothing is served
     */
    public boolean route(String prefix, com.sun.net.httpserver.HttpHandler handler) {
        if (server == null) {
            return false;
        }
        server.route(prefix, handler);
        return true;
    }

    /** The readiness checks now. */
    public HealthReport health() {
        return health.report();
    }

    /** The port served, or -1 when the endpoint is off. */
    public int port() {
        return server == null ? -1 : server.port();
    }

    @Override
    public void close() {
        if (dashboard != null) {
            dashboard.close();
        }
        if (server != null) {
            server.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (meters != null) {
            meters.close();
        }
    }
}

package dev.newswatch.app.ops;

import java.time.Duration;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.Node;

/**
 * Readiness of the Kafka cluster: {@code Admin.describeCluster} answers within the timeout (2 s by default)
 * with at least one broker. Keeps one admin client for all checks; {@link #close()} closes it. Thread-safe.
 */
public final class BrokerCheck implements Supplier<CheckResult>, AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final Admin admin;
    private final Duration timeout;

    /** @param adminProps properties of the admin client (bootstrap servers, security) */
    public BrokerCheck(Properties adminProps, Duration timeout) {
        this.admin = Admin.create(adminProps);
        this.timeout = timeout;
    }

    @Override
    public CheckResult get() {
        DescribeClusterResult cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        try {
            // The future fails on its own after the timeout; the margin only guards against a stuck client.
            Collection<Node> nodes = cluster.nodes().get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
            if (nodes.isEmpty()) {
                return CheckResult.down("the cluster reports no broker");
            }
            return CheckResult.up(nodes.size() + (nodes.size() == 1 ? " broker" : " brokers"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckResult.down("interrupted");
        } catch (ExecutionException e) {
            return CheckResult.down("unreachable: " + (e.getCause() == null ? e : e.getCause()).getMessage());
        } catch (TimeoutException e) {
            return CheckResult.down("no answer within " + timeout.toMillis() + " ms");
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}

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
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;

/**
 * Readiness of the Kafka cluster: {@code Admin.describeCluster} answers within the timeout (2 s by default)
 * with at least one broker. Keeps one admin client for all checks, made at the first check rather than at start (a
 * Kafka client less on the way to a stage's first work when nobody asks for {@code /health}); {@link #close()} closes
 * it. Thread-safe.
 */
public final class BrokerCheck implements Supplier<CheckResult>, AutoCloseable {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    private final Properties adminProps;
    private final Duration timeout;
    private Admin admin;
    private boolean closed;

    /** @param adminProps properties of the admin client (bootstrap servers, security) */
    public BrokerCheck(Properties adminProps, Duration timeout) {
        this.adminProps = adminProps;
        this.timeout = timeout;
    }

    @Override
    public CheckResult get() {
        Admin client;
        try {
            client = admin();
        } catch (KafkaException e) {
            return CheckResult.down("no admin client: " + e.getMessage());
        }
        if (client == null) {
            return CheckResult.down("closed");
        }
        DescribeClusterResult cluster = client.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
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

    /** The admin client, made at the first call; null once closed. */
    private synchronized Admin admin() {
        if (admin == null && !closed) {
            admin = Admin.create(adminProps);
        }
        return admin;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}

package dev.newswatch.app.ops;

import java.util.Objects;

/**
 * The outcome of one health check: up or down, with a short detail for the operator ("1 broker",
 * "state REBALANCING"), and for a stage whether its Kafka clients hear from the cluster ({@code ok} or
 * {@code unreachable}; null when the check does not say). Immutable.
 */
public record CheckResult(boolean up, String detail, String kafka) {

    /** {@link #kafka()} of a stage that hears from the cluster. */
    public static final String KAFKA_OK = "ok";
    /** {@link #kafka()} of a stage that heard nothing from any broker for too long. */
    public static final String KAFKA_UNREACHABLE = "unreachable";

    public CheckResult {
        Objects.requireNonNull(detail, "detail");
    }

    /** A result that says nothing about Kafka. */
    public CheckResult(boolean up, String detail) {
        this(up, detail, null);
    }

    public static CheckResult up(String detail) {
        return new CheckResult(true, detail);
    }

    public static CheckResult down(String detail) {
        return new CheckResult(false, detail);
    }

    /** {@code UP} or {@code DOWN}, as in the JSON of {@code /health}. */
    public String status() {
        return up ? HealthReport.UP : HealthReport.DOWN;
    }
}

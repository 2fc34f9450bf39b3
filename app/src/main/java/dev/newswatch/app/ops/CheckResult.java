package dev.newswatch.app.ops;

import java.util.Objects;

/**
 * The outcome of one readiness check: up or down, with a short detail for the operator ("1 broker",
 * "state REBALANCING"). Immutable.
 */
public record CheckResult(boolean up, String detail) {

    public CheckResult {
        Objects.requireNonNull(detail, "detail");
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

package dev.newswatch.app.ops;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The readiness checks of one process, added as its parts start ({@code broker} first, then one per stage),
 * run on every {@link #report()}. A check that throws counts as down, with the error as its detail.
 * Thread-safe: checks may be added while reports are being made.
 */
public final class Health {

    private static final Logger LOG = LoggerFactory.getLogger(Health.class);

    private final Map<String, Supplier<CheckResult>> checks = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Boolean> lastUp = new ConcurrentHashMap<>();

    /** Adds (or replaces) the check called {@code name}. */
    public Health add(String name, Supplier<CheckResult> check) {
        checks.put(name, check);
        return this;
    }

    /** Runs every check now. */
    public HealthReport report() {
        Map<String, Supplier<CheckResult>> current;
        synchronized (checks) {
            current = new LinkedHashMap<>(checks);
        }
        Map<String, CheckResult> results = new LinkedHashMap<>();
        current.forEach((name, check) -> {
            CheckResult result;
            try {
                result = check.get();
            } catch (RuntimeException e) {
                result = CheckResult.down("check failed: " + e.getMessage());
            }
            results.put(name, result);
            Boolean before = lastUp.put(name, result.up());
            if (before != null && before != result.up()) {
                LOG.info("Health check {} is now {}: {}.", name, result.status(), result.detail());
            }
        });
        return new HealthReport(results);
    }
}

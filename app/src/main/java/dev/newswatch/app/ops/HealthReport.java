package dev.newswatch.app.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newswatch.core.serde.Json;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The readiness (or liveness) of a process at one moment: every named check and its result, in the order they were
 * added. The process is ready when every check is up (and when it has none). Renders the JSON of {@code /health} and
 * {@code /health/live}; a stage's check says whether it hears from Kafka:
 * <pre>{"status":"UP","checks":{"broker":{"status":"UP","detail":"1 broker"},
 *  "ingest":{"status":"UP","detail":"...","kafka":"ok"}}}</pre>
 * Immutable.
 */
public record HealthReport(Map<String, CheckResult> checks) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public HealthReport {
        checks = checks == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    }

    public boolean up() {
        return checks.values().stream().allMatch(CheckResult::up);
    }

    public String status() {
        return up() ? UP : DOWN;
    }

    public String toJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status());
        Map<String, Object> each = new LinkedHashMap<>();
        checks.forEach((name, result) -> {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("status", result.status());
            one.put("detail", result.detail());
            if (result.kafka() != null) {
                one.put("kafka", result.kafka());
            }
            each.put(name, one);
        });
        body.put("checks", each);
        return Json.write(body);
    }

    /**
     * Reads the JSON of {@code /health} (as written by {@link #toJson()}).
     *
     * @throws IllegalArgumentException when {@code json} is not such a document
     */
    public static HealthReport fromJson(String json) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a /health document: " + e.getMessage(), e);
        }
        if (root == null || !root.path("checks").isObject()) {
            throw new IllegalArgumentException("not a /health document: no checks");
        }
        Map<String, CheckResult> checks = new LinkedHashMap<>();
        root.path("checks").fields().forEachRemaining(e -> checks.put(e.getKey(),
                new CheckResult(UP.equals(e.getValue().path("status").asText()), e.getValue().path("detail").asText(""),
                        e.getValue().hasNonNull("kafka") ? e.getValue().path("kafka").asText() : null)));
        return new HealthReport(checks);
    }
}

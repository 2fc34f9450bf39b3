package dev.newswatch.app.ops;

import dev.newswatch.alerts.AlertService;
import dev.newswatch.core.kafka.KafkaContact;
import dev.newswatch.enrich.EnrichRunner;
import dev.newswatch.ingest.IngestService;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The health checks of each stage. Readiness ({@code /health}): its consumer holds an assignment, or its Streams app
 * is RUNNING, and its Kafka clients heard from the cluster within {@link KafkaContact#DEFAULT_SILENCE} (otherwise
 * the check is down with {@code "kafka":"unreachable"}, and up again by itself once a broker answers). Liveness
 * ({@code /health/live}): its coordinator thread did not stop on an unexpected error, or its Streams app is not in
 * ERROR.
 */
public final class StageChecks {

    private StageChecks() {
    }

    public static Supplier<CheckResult> ingest(IngestService ingest) {
        return () -> withKafka(ingest.kafka().check(), ingest.assigned()
                ? CheckResult.up("feeds consumer assigned, " + ingest.ownedFeeds().size() + " feeds owned")
                : CheckResult.down("feeds consumer not assigned yet"));
    }

    public static Supplier<CheckResult> enrich(EnrichRunner enrich) {
        return () -> {
            KafkaStreams.State state = enrich.state();
            return withKafka(enrich.kafka().check(), state == KafkaStreams.State.RUNNING
                    ? CheckResult.up(state.name()) : CheckResult.down(state.name()));
        };
    }

    public static Supplier<CheckResult> alerts(AlertService alerts) {
        return () -> withKafka(alerts.kafka().check(), alerts.assigned()
                ? CheckResult.up("alerts consumer assigned")
                : CheckResult.down("alerts consumer not assigned yet"));
    }

    public static Supplier<CheckResult> ingestLive(IngestService ingest) {
        return () -> live(ingest.death());
    }

    public static Supplier<CheckResult> enrichLive(EnrichRunner enrich) {
        return () -> {
            KafkaStreams.State state = enrich.state();
            return state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                    ? CheckResult.down("the Streams app is " + state.name() + ": every stream thread died")
                    : CheckResult.up(state.name());
        };
    }

    public static Supplier<CheckResult> alertsLive(AlertService alerts) {
        return () -> live(alerts.death());
    }

    /** The stage's check with what its Kafka contact found: down with the silence when Kafka is unreachable. */
    static CheckResult withKafka(KafkaContact.Status kafka, CheckResult stage) {
        if (kafka.reachable()) {
            return new CheckResult(stage.up(), stage.detail(), CheckResult.KAFKA_OK);
        }
        return new CheckResult(false, "Kafka unreachable: no response from any broker for "
                + kafka.silent().toSeconds() + " s; " + stage.detail(), CheckResult.KAFKA_UNREACHABLE);
    }

    private static CheckResult live(String death) {
        return death == null
                ? CheckResult.up("coordinator thread running")
                : CheckResult.down("coordinator thread stopped on an unexpected error: " + death);
    }
}

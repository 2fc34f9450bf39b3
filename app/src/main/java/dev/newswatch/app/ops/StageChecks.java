package dev.newswatch.app.ops;

import dev.newswatch.alerts.AlertService;
import dev.newswatch.enrich.EnrichRunner;
import dev.newswatch.ingest.IngestService;
import java.util.function.Supplier;
import org.apache.kafka.streams.KafkaStreams;

/** The readiness check of each stage: its consumer holds an assignment, or its Streams app is RUNNING. */
public final class StageChecks {

    private StageChecks() {
    }

    public static Supplier<CheckResult> ingest(IngestService ingest) {
        return () -> ingest.assigned()
                ? CheckResult.up("feeds consumer assigned, " + ingest.ownedFeeds().size() + " feeds owned")
                : CheckResult.down("feeds consumer not assigned yet");
    }

    public static Supplier<CheckResult> enrich(EnrichRunner enrich) {
        return () -> {
            KafkaStreams.State state = enrich.state();
            return state == KafkaStreams.State.RUNNING ? CheckResult.up(state.name()) : CheckResult.down(state.name());
        };
    }

    public static Supplier<CheckResult> alerts(AlertService alerts) {
        return () -> alerts.assigned()
                ? CheckResult.up("alerts consumer assigned")
                : CheckResult.down("alerts consumer not assigned yet");
    }
}

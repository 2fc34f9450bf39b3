package dev.newswatch.app.cli;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newswatch up}: the whole pipeline, on the embedded broker unless a cluster is given. */
@Command(name = "up", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline (ingest, enrich, alerts).",
                "Without --bootstrap-servers it starts an embedded single-node Kafka broker (KRaft) on 127.0.0.1,",
                "with its data under ./data/kafka, kept across runs."})
public final class UpCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new StageRunner().run(kafka.load(), EnumSet.allOf(Stage.class), true, Pipeline.defaultInstanceId(),
                spec.commandLine().getOut());
    }
}

package dev.newswatch.app.cli;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newswatch enrich}: the enrich Streams application alone; run several to share the partitions. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Run only the enrich stage (Kafka Streams) against a running cluster.",
                "Instances with the same config share the articles' partitions."})
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new StageRunner().run(kafka.load(), EnumSet.of(Stage.ENRICH), false, Pipeline.defaultInstanceId(),
                spec.commandLine().getOut());
    }
}

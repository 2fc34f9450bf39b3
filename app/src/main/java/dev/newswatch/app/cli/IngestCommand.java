package dev.newswatch.app.cli;

import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch ingest}: the ingest stage alone, against a running cluster. Start several, each with its
 * own {@code --instance-id}, and they share the feeds.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Run only the ingest stage against a running Kafka cluster.",
                "The cluster is --bootstrap-servers, or the embedded broker of a running 'newswatch up' on its port.",
                "Instances share the feeds and take over from each other."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--instance-id", paramLabel = "ID",
            description = "Stable id of this instance (default: NEWSWATCH_INSTANCE_ID or the host name). Two live instances need different ids.")
    String instanceId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new StageRunner().run(kafka.load(), EnumSet.of(Stage.INGEST), false,
                instanceId != null ? instanceId : Pipeline.defaultInstanceId(), spec.commandLine().getOut());
    }
}

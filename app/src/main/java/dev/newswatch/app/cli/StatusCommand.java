package dev.newswatch.app.cli;

import dev.newswatch.app.ops.StatusCollector;
import dev.newswatch.app.ops.StatusFormatter;
import dev.newswatch.app.ops.StatusReport;
import dev.newswatch.core.config.ConfigLoader;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newswatch status}: the pipeline on one screen, read from the cluster and from a running process's /health. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the pipeline on one screen: brokers, each topic with its record count, newest record and",
                "consumer lag, the consumer groups, the Streams app's state (from the /health of a process on",
                "http.port), feeds worst first, deliveries per subscription, and the time since the last article",
                "and the last alert."})
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewswatchConfig config = kafka.load();
        KafkaClients clients = kafka.clients(config);
        StatusReport report = StatusCollector.collect(config, clients, ConfigLoader.ops(config.configDir()),
                Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        out.print(StatusFormatter.format(report));
        out.flush();
        return ExitCodes.OK;
    }
}

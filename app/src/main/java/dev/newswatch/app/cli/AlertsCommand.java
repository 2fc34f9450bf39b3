package dev.newswatch.app.cli;

import dev.newswatch.alerts.SubscriptionRegistry;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.TableTopics;
import dev.newswatch.core.model.Delivery;
import dev.newswatch.core.model.Subscription;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswatch alerts}: runs the alerter alone; its subcommands inspect and repair deliveries. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"Run only the alerts stage, or inspect deliveries with a subcommand.",
                "Instances of the alerts stage share the alerts topic's partitions."},
        subcommands = {AlertsCommand.Status.class, AlertsCommand.Dlq.class, AlertsCommand.Retry.class})
public final class AlertsCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--instance-id", paramLabel = "ID", description = "Stable id of this instance (default: NEWSWATCH_INSTANCE_ID or the host name).")
    String instanceId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return new StageRunner().run(kafka.load(), EnumSet.of(Stage.ALERTS), false,
                instanceId != null ? instanceId : Pipeline.defaultInstanceId(), spec.commandLine().getOut());
    }

    static Map<String, Delivery> ledger(KafkaOptions kafka, NewswatchConfig config) {
        Map<String, Delivery> out = new LinkedHashMap<>();
        TableTopics.read(kafka.clients(config), config.topics().deliveries)
                .forEach((k, v) -> {
                    if (v != null) {
                        out.put(k, v);
                    }
                });
        return out;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Per subscription: delivered, pending, failed and dead deliveries, and the last error.")
    static final class Status implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewswatchConfig config = kafka.load();
            Map<String, int[]> counts = new TreeMap<>();
            Map<String, Delivery> lastError = new TreeMap<>();
            for (Delivery d : ledger(kafka, config).values()) {
                int[] c = counts.computeIfAbsent(d.subscriptionId(), k -> new int[5]);
                switch (d.state()) {
                    case Delivery.DELIVERED -> c[0]++;
                    case Delivery.PENDING, Delivery.DIGEST -> c[1]++;
                    case Delivery.FAILED -> c[2]++;
                    default -> c[3]++;
                }
                if (d.lastError() != null) {
                    Delivery previous = lastError.get(d.subscriptionId());
                    if (previous == null || d.updatedAt() != null && d.updatedAt().isAfter(previous.updatedAt())) {
                        lastError.put(d.subscriptionId(), d);
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-24s %9s %8s %7s %5s  %s%n", "SUBSCRIPTION", "DELIVERED", "PENDING", "FAILED", "DEAD", "LAST ERROR");
            counts.forEach((sub, c) -> {
                Delivery e = lastError.get(sub);
                out.printf("%-24s %9d %8d %7d %5d  %s%n", sub, c[0], c[1], c[2], c[3],
                        e == null ? "" : e.updatedAt() + " " + e.lastError());
            });
            if (counts.isEmpty()) {
                out.println("(no deliveries yet)");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "dlq", mixinStandardHelpOptions = true, description = "List dead deliveries (the alerts dead-letter topic).")
    static final class Dlq implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewswatchConfig config = kafka.load();
            PrintWriter out = spec.commandLine().getOut();
            int n = 0;
            for (Delivery d : ledger(kafka, config).values()) {
                if (Delivery.DEAD.equals(d.state())) {
                    n++;
                    out.printf("%s  %-20s %s  %s → %s%n    %s%n", d.deliveryId(), d.subscriptionId(), d.alert().alertId(),
                            d.updatedAt(), RecordFormatter.alertSummary(d.alert()), d.lastError());
                }
            }
            out.printf("%d dead deliveries. Send one again with: newswatch alerts retry DELIVERY_ID%n", n);
            return ExitCodes.OK;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, description = "Queue a dead (or failed) delivery to be sent again now.")
    static final class Retry implements Callable<Integer> {
        @Mixin
        KafkaOptions kafka;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "DELIVERY_ID", description = "As listed by 'newswatch alerts dlq'.")
        String id;

        @Override
        public Integer call() {
            NewswatchConfig config = kafka.load();
            Delivery d = ledger(kafka, config).get(id);
            if (d == null) {
                spec.commandLine().getErr().printf("newswatch: no delivery %s (see 'newswatch alerts dlq').%n", id);
                return ExitCodes.FAILED;
            }
            Subscription subscription = new SubscriptionRegistry(config.topics(), kafka.clients(config))
                    .get(d.subscriptionId()).orElse(null);
            if (subscription == null || subscription.disabled()) {
                spec.commandLine().getErr().printf("newswatch: subscription %s is %s: add it again first "
                        + "(newswatch subscriptions add %s ...), then retry.%n", d.subscriptionId(),
                        subscription == null ? "removed" : "disabled (" + subscription.disabledReason() + ")", d.subscriptionId());
                return ExitCodes.FAILED;
            }
            Instant now = Instant.now();
            Delivery again = d.with(Delivery.PENDING, 0, null, now, "re-queued by hand", now);
            TableTopics.put(kafka.clients(config), config.topics().deliveries, id, again);
            spec.commandLine().getOut().printf("Delivery %s (alert %s to %s) is queued; a running alerter sends it within seconds.%n",
                    id, d.alert().alertId(), d.subscriptionId());
            return ExitCodes.OK;
        }
    }
}

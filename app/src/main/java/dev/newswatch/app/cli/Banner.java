package dev.newswatch.app.cli;

import dev.newswatch.app.wiring.AlertsWiring;
import dev.newswatch.app.wiring.Pipeline;
import dev.newswatch.app.wiring.Stage;
import dev.newswatch.core.model.FeedSpec;
import dev.newswatch.core.model.Subscription;
import java.io.PrintWriter;
import java.util.Set;

/** The few lines {@code up} and the stage commands print at start: where Kafka is, what runs, what to do next. */
final class Banner {

    private Banner() {
    }

    static void print(PrintWriter out, Pipeline pipeline, Set<Stage> stages) {
        var config = pipeline.config();
        if (pipeline.embeddedBroker()) {
            out.printf("Kafka: embedded broker at %s (KRaft, data in %s)%n", pipeline.bootstrapServers(),
                    config.dataDir().resolve("kafka"));
        } else {
            out.printf("Kafka: %s%n", pipeline.bootstrapServers());
        }
        out.printf("Topics: %s* (%d topics)%n", config.kafka().topicPrefix(), config.topics().all().size());
        if (stages.contains(Stage.INGEST)) {
            long demo = config.feeds().stream().filter(f -> f.url().startsWith("file:")).count();
            out.printf("Ingest: %d feeds from %s (%d bundled demo feeds, %d on the web)%n", config.feeds().size(),
                    config.configDir().resolve("feeds.yml"), demo, config.feeds().size() - demo);
            for (FeedSpec feed : config.feeds()) {
                if (feed.url().startsWith("file:")) {
                    out.printf("  demo: %-18s %s%n", feed.id(), feed.name());
                }
            }
        }
        if (stages.contains(Stage.ALERTS)) {
            out.printf("Alerts: subscriptions from %s (the 'terminal' one prints each alert below)%n",
                    config.alerts().subscriptionsFile());
        }
        if (pipeline.opsPort() > 0) {
            if (stages.contains(Stage.ALERTS)) {
                // The token stays in subscriptions.yml: the banner may end up in a log.
                AlertsWiring.subscriptions(config.alerts()).stream()
                        .filter(s -> Subscription.FEED.equals(s.channel()))
                        .forEach(s -> out.printf("Alerts feed:            http://127.0.0.1:%d/feeds/alerts.atom"
                                + "?subscription=%s&token=<its feed-token>%n", pipeline.opsPort(), s.id()));
            }
            out.printf("Live dashboard:         http://127.0.0.1:%d/%n", pipeline.opsPort());
            out.printf("Health and metrics:     http://127.0.0.1:%d/health  http://127.0.0.1:%d/metrics%n",
                    pipeline.opsPort(), pipeline.opsPort());
            if (pipeline.apiServed()) {
                out.printf("HTTP API:               http://127.0.0.1:%d/api/v1/  (described at /api/v1/openapi.json)%n",
                        pipeline.opsPort());
            }
        }
        String port = pipeline.embeddedBroker() ? "" : " --bootstrap-servers " + pipeline.bootstrapServers();
        out.printf("Watch articles arrive:  bin/newswatch tail articles --follow%s%n", port);
        out.printf("Feed health:            bin/newswatch feeds status%s%n", port);
        out.printf("Everything at a glance: bin/newswatch status%s%n", port);
        out.println("Press Ctrl-C to stop; a second run resumes where this one stopped.");
        out.flush();
    }
}

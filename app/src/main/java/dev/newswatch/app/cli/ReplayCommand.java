package dev.newswatch.app.cli;

import dev.newswatch.app.backtest.AlertLine;
import dev.newswatch.app.backtest.ArchiveReader;
import dev.newswatch.app.backtest.History;
import dev.newswatch.app.backtest.LiveReplay;
import dev.newswatch.app.backtest.TimeWindow;
import dev.newswatch.core.config.NewswatchConfig;
import dev.newswatch.core.kafka.KafkaClients;
import dev.newswatch.core.model.Alert;
import dev.newswatch.core.model.Article;
import dev.newswatch.core.model.TrackedDeal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newswatch replay}: the live variant of a backtest. Feeds an archive through the real enrich stage
 * on a broker under the topic namespace {@code NAME.}, prints what came out, and stops; {@code --delete NAME}
 * removes the namespace's topics. Nothing is delivered to subscribers.
 */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Feed an archive through the real enrich stage on the broker under topic",
                "prefix NAME. (application id NAME.enrich), print the articles, deals and",
                "alerts, then stop. Nothing is delivered. --delete NAME removes every NAME.*",
                "topic, the Streams internal ones included."})
public final class ReplayCommand implements Callable<Integer> {

    @Option(names = "--archive", paramLabel = "DIR", description = "Archive directory (the layout ingest.archive-dir writes).")
    Path archive;

    @Option(names = "--namespace", paramLabel = "NAME", description = "Topic namespace of the replay: topics NAME.articles, NAME.alerts, ...")
    String namespace;

    @Option(names = "--delete", paramLabel = "NAME", description = "Delete the topics of namespace NAME instead of replaying.")
    String delete;

    @Option(names = "--from", paramLabel = "T", description = "Only articles published at or after T (ISO instant or date).")
    String from;

    @Option(names = "--to", paramLabel = "T", description = "Only articles published before T (ISO instant; a date includes that whole day).")
    String to;

    @Option(names = "--idle-seconds", paramLabel = "S", defaultValue = "3",
            description = "Stop once every article is enriched and nothing arrived for S seconds (default: ${DEFAULT-VALUE}).")
    int idleSeconds;

    @Option(names = "--timeout-seconds", paramLabel = "S", defaultValue = "600",
            description = "Give up after S seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Mixin
    KafkaOptions kafka;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        NewswatchConfig config = kafka.load();
        String bootstrap = kafka.clientBootstrap(config);
        PrintWriter out = spec.commandLine().getOut();
        if (delete != null) {
            return delete(config, bootstrap, out);
        }
        if (archive == null || namespace == null) {
            throw new ParameterException(spec.commandLine(), "replay needs --archive DIR and --namespace NAME (or --delete NAME)");
        }
        TimeWindow window = ExitCodes.usageError(spec, () -> TimeWindow.parse(from, to));
        History history = InputException.reading(archive, () -> new ArchiveReader(config).read(archive));
        List<Article> articles = history.within(window);
        history.problems().forEach(p -> spec.commandLine().getErr().println("newswatch: skipped " + p));
        out.printf(Locale.ROOT, "Replaying %d articles of archive %s under namespace %s at %s...%n", articles.size(),
                archive, namespace, bootstrap);
        out.flush();
        Path stateDir = tempDir();
        LiveReplay.Summary summary;
        try {
            summary = new LiveReplay(config, bootstrap, namespace, stateDir).run(articles,
                    Duration.ofSeconds(idleSeconds), Duration.ofSeconds(timeoutSeconds));
        } finally {
            deleteQuietly(stateDir);
        }
        out.printf(Locale.ROOT, "Namespace %s: %d articles, %d enriched, %d deals, %d alerts%s.%n", namespace,
                summary.articles(), summary.enriched(), summary.deals().size(), summary.alerts().size(),
                summary.deadLetters() == 0 ? "" : ", " + summary.deadLetters() + " dead letters");
        Map<String, TrackedDeal> deals = summary.deals().stream()
                .collect(Collectors.toMap(TrackedDeal::dealId, Function.identity(), (a, b) -> b));
        summary.alerts().stream().sorted(Comparator.comparing(Alert::raisedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> out.println("  " + AlertLine.of(a, deals.getOrDefault(a.deal().dealId(), a.deal())
                        .sources().size())));
        out.printf("Inspect with: newswatch tail alerts --topic-prefix %s. --from-beginning; remove with: "
                + "newswatch replay --delete %s%n", namespace, namespace);
        out.flush();
        return ExitCodes.OK;
    }

    private int delete(NewswatchConfig config, String bootstrap, PrintWriter out) {
        KafkaClients clients = KafkaClients.of(config.kafka(), bootstrap);
        List<String> topics = LiveReplay.topics(clients, delete);
        if (topics.isEmpty()) {
            out.printf("Namespace %s has no topics at %s.%n", delete, bootstrap);
        } else {
            out.printf(Locale.ROOT, "Deleting %d topics of namespace %s:%n", topics.size(), delete);
            topics.forEach(t -> out.println("  " + t));
        }
        out.flush();
        LiveReplay.delete(clients, delete, topics, config);
        out.printf("Deleted namespace %s.%n", delete);
        out.flush();
        return ExitCodes.OK;
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("newswatch-replay-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary state directory for the replay", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // A leftover temporary directory is harmless; the replay itself succeeded or failed on its own.
        }
    }
}

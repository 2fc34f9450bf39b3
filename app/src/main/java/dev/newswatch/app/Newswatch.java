package dev.newswatch.app;

import dev.newswatch.app.cli.AlertsCommand;
import dev.newswatch.app.cli.ApiCommand;
import dev.newswatch.app.cli.AnalyzeCommand;
import dev.newswatch.app.cli.BacktestCommand;
import dev.newswatch.app.cli.EnrichCommand;
import dev.newswatch.app.cli.EntitiesCommand;
import dev.newswatch.app.cli.EvalCommand;
import dev.newswatch.app.cli.ExitCodes;
import dev.newswatch.app.cli.FeaturesCommand;
import dev.newswatch.app.cli.FeedsCommand;
import dev.newswatch.app.cli.FetchCommand;
import dev.newswatch.app.cli.FulltextCommand;
import dev.newswatch.app.cli.IngestCommand;
import dev.newswatch.app.cli.ReplayCommand;
import dev.newswatch.app.cli.StatusCommand;
import dev.newswatch.app.cli.SubscriptionsCommand;
import dev.newswatch.app.cli.TailCommand;
import dev.newswatch.app.cli.TaxonomyCommand;
import dev.newswatch.app.cli.UpCommand;
import dev.newswatch.app.cli.WebhookCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswatch} command: one subcommand per job. */
@Command(name = "newswatch", mixinStandardHelpOptions = true, version = "newswatch 0.1.0",
        description = "Streaming news monitoring for AI deals on Apache Kafka.",
        subcommands = {UpCommand.class, IngestCommand.class, EnrichCommand.class, AlertsCommand.class, FeedsCommand.class,
                EntitiesCommand.class, SubscriptionsCommand.class, ApiCommand.class, WebhookCommand.class, TaxonomyCommand.class, FetchCommand.class, AnalyzeCommand.class,
                EvalCommand.class, FeaturesCommand.class, FulltextCommand.class, TailCommand.class, StatusCommand.class, BacktestCommand.class, ReplayCommand.class,
                CommandLine.HelpCommand.class})
public final class Newswatch {

    /** The system property that sizes {@link java.util.concurrent.ForkJoinPool#commonPool()}. */
    static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private Newswatch() {
    }

    /**
     * The command line with Newswatch's error handling (every failure mapped to one of {@link ExitCodes}, whose
     * table every command's help shows), for {@link #main} and for tests.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new Newswatch())
                .setExecutionExceptionHandler(ExitCodes::handle)
                .setCaseInsensitiveEnumValuesAllowed(true);
        listExitCodes(commandLine);
        return commandLine;
    }

    /** Every command's {@code --help} ends with the exit codes. */
    private static void listExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.helpList());
        command.getSubcommands().values().forEach(Newswatch::listExitCodes);
    }

    /**
     * The command line for {@code args}, for {@link #main}: when the first argument names a subcommand, a root with
     * only that subcommand, so start-up does not build the options of the eighteen others (picocli reads every
     * command's annotations by reflection: about a third of the main thread's work before {@code newswatch ingest}
     * sent its first request, in a JFR of {@code bench/ingest-vs-newsboat.sh}); otherwise, and for {@code help},
     * {@link #commandLine()}. The subcommand parses and runs exactly as in the whole tree.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length == 0) {
            return commandLine();
        }
        for (Class<?> subcommand : Newswatch.class.getAnnotation(Command.class).subcommands()) {
            Command command = subcommand.getAnnotation(Command.class);
            if (command != null && command.name().equals(args[0]) && subcommand != CommandLine.HelpCommand.class) {
                CommandLine root = new CommandLine(new Root())
                        .setExecutionExceptionHandler(ExitCodes::handle)
                        .setCaseInsensitiveEnumValuesAllowed(true);
                root.addSubcommand(new CommandLine(create(subcommand)).setCaseInsensitiveEnumValuesAllowed(true));
                listExitCodes(root);
                return root;
            }
        }
        return commandLine();
    }

    private static Object create(Class<?> command) {
        try {
            return CommandLine.defaultFactory().create(command);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the command " + command.getName(), e);
        }
    }

    /** The root command as {@link Newswatch} declares it, without its subcommands (one is added). */
    @Command(name = "newswatch", mixinStandardHelpOptions = true, version = "newswatch 0.1.0",
            description = "Streaming news monitoring for AI deals on Apache Kafka.")
    static final class Root {
    }

    public static void main(String[] args) {
        String parallelism = commonPoolParallelism(System.getProperty(COMMON_POOL_PARALLELISM),
                Runtime.getRuntime().availableProcessors());
        if (parallelism != null) {
            // Before anything touches CompletableFuture or the pool: both read it once.
            System.setProperty(COMMON_POOL_PARALLELISM, parallelism);
        }
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The parallelism to give the common fork-join pool, or null to leave it as it is. On one or two cores its default
     * is 1, and then {@link java.util.concurrent.CompletableFuture} runs every asynchronous step that names no executor
     * on a new thread of its own; {@code java.net.http.HttpClient.sendAsync} makes one such step per request, so a poll
     * of 1,000 feeds started 1,000 threads (JFR of {@code bench/ingest-vs-newsboat.sh} on two cores). From 2 the
     * pool's threads run those steps. A parallelism the user set is kept.
     *
     * @param configured the value of {@value #COMMON_POOL_PARALLELISM}, or null when not set
     * @param processors the processors the JVM sees
     */
    static String commonPoolParallelism(String configured, int processors) {
        return configured == null && processors <= 2 ? "2" : null;
    }
}
